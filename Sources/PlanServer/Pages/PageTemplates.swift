import Mustache

/// The pages' Mustache templates. Every value goes through `{{name}}`, which escapes & < > " ';
/// the triple form that would not escape is never used (PageTemplateTests checks it).
enum PageTemplates {
    static let layout = """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{$title}}plandb{{/title}} - {{plan}}</title>
        <style>
        body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; margin: 0; color: #1a1a1a; background: #f6f7f9; }
        header { background: #24476b; color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
        header a { color: #fff; }
        header .who { margin-left: auto; }
        header form { display: inline; }
        main { padding: 1rem 1.2rem; max-width: 80rem; }
        h1 { font-size: 1.4rem; margin: .4rem 0 1rem; }
        h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { border: 1px solid #c9ced6; padding: .35rem .5rem; vertical-align: top; text-align: left; font-size: .92rem; }
        th { background: #e8ecf1; }
        td.num { text-align: right; white-space: nowrap; }
        td.kind { white-space: nowrap; }
        .state { font-weight: bold; }
        .state-提出済 { color: #1d6b2f; } .state-差し戻し { color: #a33b00; } .state-未提出 { color: #555; }
        .error { color: #b00020; font-weight: bold; display: block; margin-top: .2rem; }
        .notice { background: #e6f4ea; border: 1px solid #9ccfa9; padding: .5rem .8rem; margin-bottom: 1rem; }
        .alert { background: #fdecea; border: 1px solid #f1a9a0; padding: .5rem .8rem; margin-bottom: 1rem; }
        .saved { color: #1d6b2f; font-weight: bold; }
        form.entry { display: flex; flex-wrap: wrap; gap: .4rem; align-items: flex-start; }
        form.entry label { display: flex; flex-direction: column; font-size: .8rem; }
        input[type=text], input[type=password], select, textarea { font-size: .95rem; padding: .25rem; }
        textarea { width: 16rem; height: 3.2rem; }
        button { font-size: .95rem; padding: .3rem .9rem; cursor: pointer; }
        .muted { color: #595959; font-size: .85rem; }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #e8a200; outline-offset: 2px; }
        .skip { position: absolute; left: -100vw; top: .4rem; background: #fff; color: #24476b; padding: .4rem .8rem; z-index: 10; }
        .skip:focus { left: .6rem; }
        .field-label { display: block; font-size: .8rem; }
        #project-table td.num { min-width: 5.5em; }
        table.entries th { min-width: 4.5em; }
        #project-table td:first-child { min-width: 9em; }
        select { max-width: 100%; }
        /* Zoomed to 200 % (or a narrow window), an entry table's rows stack: each cell on a line of
           its own, named by its column, so that no form runs off the right edge. */
        @media (max-width: 60rem) {
        table.entries, table.entries tbody, table.entries tr, table.entries td { display: block; width: auto; }
        table.entries tr.head { position: absolute; left: -100vw; }
        table.entries tr { border-bottom: 2px solid #c9ced6; }
        table.entries td { border: none; }
        table.entries td[data-label]::before { content: attr(data-label) "："; font-weight: bold; }
        #project-table td.num { text-align: left; }
        }
        </style>
        </head>
        <body>
        <a class="skip" href="#main">本文へ移動</a>
        <header>
        <strong>{{plan}}</strong>
        {{#user}}
        <a href="/years/{{year}}">入力</a>
        {{#coordinator}}<a href="/years/{{year}}/dashboard">取りまとめ</a>{{/coordinator}}
        <span class="who">{{dept}}・{{name}}</span>
        <form method="post" action="/signout"><input type="hidden" name="csrf_token" value="{{csrf}}"><button type="submit">サインアウト</button></form>
        {{/user}}
        </header>
        <main id="main" tabindex="-1">
        {{$content}}{{/content}}
        </main>
        </body>
        </html>
        """

    static let signIn = """
        {{<layout}}
        {{$title}}サインイン{{/title}}
        {{$content}}
        <h1>サインイン</h1>
        {{#error}}<p class="alert" role="alert" id="error">{{error}}</p>{{/error}}
        <form method="post" action="/signin">
        <input type="hidden" name="signin_token" value="{{signin_token}}">
        <p><label>アカウント名<br><input type="text" name="user" id="user" value="{{entered}}" autocomplete="username" required{{#error}} aria-describedby="error"{{/error}}></label></p>
        <p><label>パスワード<br><input type="password" name="password" id="password" autocomplete="current-password" required{{#error}} aria-describedby="error"{{/error}}></label></p>
        <p><button type="submit" id="signin">サインイン</button></p>
        </form>
        <p class="muted">アカウントは管理者が <code>plandb user add</code> で作成します。</p>
        {{/content}}
        {{/layout}}
        """

    static let department = """
        {{<layout}}
        {{$title}}{{dept}} {{yearLabel}}{{/title}}
        {{$content}}
        <h1>{{dept}} {{yearLabel}}の評価入力</h1>
        {{#notice}}<p class="notice" role="status" id="notice">{{notice}}</p>{{/notice}}
        {{#alert}}<p class="alert" role="alert" id="alert">{{alert}}</p>{{/alert}}
        {{#errorSummary}}<p class="alert" role="alert" id="error-summary">保存できませんでした：<a href="#{{target}}">{{text}}</a></p>{{/errorSummary}}
        <p>状態: <span class="state state-{{state}}" id="state">{{state}}</span> {{#stateDetail}}<span class="muted">{{stateDetail}}</span>{{/stateDetail}}
        ／ 入力済み {{entered}} 件・未入力 {{missing}} 件（全 {{required}} 件）</p>
        {{#locked}}<p class="alert">この年度はスナップショットで確定しています。入力はできません。</p>{{/locked}}
        {{>workbookSection}}
        <table class="entries">
        <tr class="head"><th>区分</th><th>コード・名称</th><th>現状値</th><th>{{yearLabel}}目標</th><th>前年度</th><th>入力</th></tr>
        {{#items}}
        <tr id="item-{{key}}">
        <td class="kind">{{kindLabel}}</td>
        <td><a href="/items/{{code}}/history?year={{user.year}}">{{code}}</a><br>{{name}}{{#unit}}（{{unit}}）{{/unit}}</td>
        <td data-label="現状値">{{baseline}}</td>
        <td data-label="{{yearLabel}}目標">{{target}}</td>
        <td data-label="前年度">{{lastYear}}</td>
        <td>
        <form class="entry" method="post" action="/years/{{year}}/entries{{planQuery}}">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <input type="hidden" name="kind" value="{{kind}}">
        <input type="hidden" name="code" value="{{code}}">
        {{#stage}}<input type="hidden" name="stage" value="{{stage}}">{{/stage}}
        {{#isIndicator}}
        <label for="item-{{key}}-value">実績値<input type="text" id="item-{{key}}-value" name="value" value="{{value}}" size="10"{{#valueError}} aria-invalid="true" aria-describedby="item-{{key}}-error"{{/valueError}}></label>
        <label for="item-{{key}}-note">備考<input type="text" id="item-{{key}}-note" name="note" value="{{note}}" size="14"{{#noteError}} aria-invalid="true" aria-describedby="item-{{key}}-error"{{/noteError}}></label>
        <label for="item-{{key}}-confirm">桁の確認<span><input type="checkbox" id="item-{{key}}-confirm" name="confirm" value="1">この値で正しい</span></label>
        {{/isIndicator}}
        {{^isIndicator}}
        <label for="item-{{key}}-grade">評価<select id="item-{{key}}-grade" name="grade"{{#gradeError}} aria-invalid="true" aria-describedby="item-{{key}}-error"{{/gradeError}}><option value="">（選択）</option>{{#grades}}<option value="{{grade}}"{{#selected}} selected{{/selected}}>{{grade}}：{{meaning}}</option>{{/grades}}</select></label>
        {{#isInitiative}}
        <label for="item-{{key}}-next">今後の方向性<select id="item-{{key}}-next" name="next"{{#nextError}} aria-invalid="true" aria-describedby="item-{{key}}-error"{{/nextError}}><option value="">（選択）</option>{{#nexts}}<option value="{{name}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/nexts}}</select></label>
        <label for="item-{{key}}-result">実績<textarea id="item-{{key}}-result" name="result"{{#resultError}} aria-invalid="true" aria-describedby="item-{{key}}-error"{{/resultError}}>{{result}}</textarea></label>
        <label for="item-{{key}}-challenge">課題<textarea id="item-{{key}}-challenge" name="challenge"{{#challengeError}} aria-invalid="true" aria-describedby="item-{{key}}-error"{{/challengeError}}>{{challenge}}</textarea></label>
        {{/isInitiative}}
        {{^isInitiative}}
        <label for="item-{{key}}-comment">コメント<textarea id="item-{{key}}-comment" name="comment"{{#commentError}} aria-invalid="true" aria-describedby="item-{{key}}-error"{{/commentError}}>{{comment}}</textarea></label>
        {{/isInitiative}}
        {{/isIndicator}}
        <button type="submit">保存</button>
        {{#saved}}<span class="saved">保存しました</span>{{/saved}}
        {{#error}}<span id="item-{{key}}-error" class="error">{{error}}</span>{{/error}}
        </form>
        </td>
        </tr>
        {{/items}}
        </table>
        <h2 id="projects">事務事業</h2>
        {{^hasProjects}}<p>{{yearLabel}}に実施する事務事業はありません。</p>{{/hasProjects}}
        {{#hasProjects}}
        <p>事業ごとに、職員区分別の人工（小数第 2 位まで）と事務事業評価を入力してください。金額は千円です（{{yearLabel}}の予算・決算と、人工 × 単価の人件費から計算）。</p>
        {{#ratedKinds}}<p class="muted">単価のある職員区分：{{ratedKinds}}</p>{{/ratedKinds}}
        {{^ratedKinds}}<p class="alert" id="no-rates">{{yearLabel}}の人件費単価がまだありません。単価は取りまとめ課（{{coordinator}}）が <code>plandb rate set</code> で設定します。設定されるまで人工は入力できません（評価は入力できます）。</p>{{/ratedKinds}}
        <table id="project-table" class="entries">
        <tr class="head"><th>事業コード・名称</th><th>予算額</th><th>決算額</th><th>人件費</th><th>フルコスト</th><th>一般財源</th><th>入力</th></tr>
        {{#projects}}
        <tr id="project-{{code}}">
        <td><a href="/projects/{{code}}/history?year={{year}}">{{code}}</a><br>{{name}}</td>
        <td class="num" data-label="予算額">{{budget}}</td>
        <td class="num" data-label="決算額">{{settled}}</td>
        <td class="num" data-label="人件費">{{personnelCost}}</td>
        <td class="num" data-label="フルコスト">{{fullCost}}{{#basisSettled}}<br><span class="muted">決算ベース</span>{{/basisSettled}}{{#basisBudget}}<br><span class="muted">予算ベース</span>{{/basisBudget}}</td>
        <td class="num" data-label="一般財源">{{generalRevenue}}</td>
        <td>
        <form class="entry" method="post" action="/years/{{year}}/projects{{planQuery}}">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <input type="hidden" name="code" value="{{code}}">
        {{#staff}}
        <label for="project-{{code}}-staff-{{index}}">人工（{{kind}}）<input type="text" name="staff:{{kind}}" id="project-{{code}}-staff-{{index}}" value="{{value}}" size="6" inputmode="decimal"{{#staffError}} aria-invalid="true" aria-describedby="project-{{code}}-staff-error"{{/staffError}}></label>
        {{/staff}}
        {{#staffError}}<span class="error" id="project-{{code}}-staff-error">{{staffError}}</span>{{/staffError}}
        <label for="project-{{code}}-grade">評価<select name="grade" id="project-{{code}}-grade"{{#gradeError}} aria-invalid="true" aria-describedby="project-{{code}}-grade-error"{{/gradeError}}><option value="">（選択）</option>{{#grades}}<option value="{{grade}}"{{#selected}} selected{{/selected}}>{{grade}}：{{meaning}}</option>{{/grades}}</select></label>
        {{#gradeError}}<span class="error" id="project-{{code}}-grade-error">{{gradeError}}</span>{{/gradeError}}
        <label for="project-{{code}}-next">今後の方向性<select name="next" id="project-{{code}}-next"{{#nextError}} aria-invalid="true" aria-describedby="project-{{code}}-next-error"{{/nextError}}><option value="">（選択）</option>{{#nexts}}<option value="{{name}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/nexts}}</select></label>
        {{#nextError}}<span class="error" id="project-{{code}}-next-error">{{nextError}}</span>{{/nextError}}
        <label for="project-{{code}}-result">実績<textarea name="result" id="project-{{code}}-result"{{#resultError}} aria-invalid="true" aria-describedby="project-{{code}}-result-error"{{/resultError}}>{{result}}</textarea></label>
        {{#resultError}}<span class="error" id="project-{{code}}-result-error">{{resultError}}</span>{{/resultError}}
        <label for="project-{{code}}-challenge">課題<textarea name="challenge" id="project-{{code}}-challenge"{{#challengeError}} aria-invalid="true" aria-describedby="project-{{code}}-challenge-error"{{/challengeError}}>{{challenge}}</textarea></label>
        {{#challengeError}}<span class="error" id="project-{{code}}-challenge-error">{{challengeError}}</span>{{/challengeError}}
        <button type="submit"{{#formError}} aria-describedby="project-{{code}}-error"{{/formError}}>保存</button>
        {{#saved}}<span class="saved">保存しました</span>{{/saved}}
        {{#formError}}<span class="error" id="project-{{code}}-error">{{formError}}</span>{{/formError}}
        </form>
        </td>
        </tr>
        {{/projects}}
        </table>
        {{/hasProjects}}
        <h2>提出</h2>
        <form method="post" action="/years/{{year}}/submit{{planQuery}}">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <p>入力が終わったら提出してください。提出後は、取りまとめ課が差し戻すまで入力できません。</p>
        <button type="submit" id="submit">{{yearLabel}}を提出する</button>
        </form>
        {{/content}}
        {{/layout}}
        """

    static let dashboard = """
        {{<layout}}
        {{$title}}取りまとめ {{yearLabel}}{{/title}}
        {{$content}}
        <h1>{{yearLabel}}の取りまとめ</h1>
        {{#notice}}<p class="notice" role="status" id="notice">{{notice}}</p>{{/notice}}
        {{#alert}}<p class="alert" role="alert" id="alert">{{alert}}</p>{{/alert}}
        {{#report}}<p><a href="/years/{{year}}/report" id="report">{{yearLabel}}の評価結果報告書（確定版）</a></p>{{/report}}
        <table id="departments">
        <tr><th>課</th><th>必要</th><th>入力済み</th><th>未入力</th><th>状態</th><th>差し戻し</th></tr>
        {{#rows}}
        <tr id="dept-{{dept}}">
        <td>{{dept}}</td><td class="num">{{required}}</td><td class="num">{{entered}}</td><td class="num">{{missing}}</td>
        <td><span class="state state-{{state}}">{{state}}</span><br><span class="muted">{{at}} {{actor}}</span>{{#reason}}<br><span class="muted">理由: {{reason}}</span>{{/reason}}</td>
        <td>
        {{#submitted}}
        <form method="post" action="/years/{{year}}/returns{{planQuery}}">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <input type="hidden" name="dept" value="{{dept}}">
        <label for="reason-{{dept}}" class="field-label">差し戻す理由</label><input type="text" name="reason" id="reason-{{dept}}" size="24" required>
        <button type="submit">差し戻す</button>
        </form>
        {{/submitted}}
        </td>
        </tr>
        {{/rows}}
        </table>
        {{>cycleDashboard}}
        {{/content}}
        {{/layout}}
        """

    static let history = """
        {{<layout}}
        {{$title}}{{code}} の履歴{{/title}}
        {{$content}}
        <h1>{{code}} {{name}} の履歴</h1>
        <table id="history">
        <tr><th>日時</th><th>年度</th><th>課</th><th>入力した人</th><th>項目</th><th>変更前</th><th>変更後</th></tr>
        {{#rows}}
        <tr><td>{{at}}</td><td class="num">{{year}}</td><td>{{dept}}</td><td>{{actor}}</td><td>{{field}}</td><td>{{old}}</td><td>{{new}}</td></tr>
        {{/rows}}
        {{^rows}}<tr><td colspan="7">まだ入力はありません。</td></tr>{{/rows}}
        </table>
        {{/content}}
        {{/layout}}
        """

    static let problem = """
        {{<layout}}
        {{$title}}エラー{{/title}}
        {{$content}}
        <h1>{{heading}}</h1>
        <p class="alert" role="alert" id="alert">{{message}}</p>
        {{#advice}}<p>{{advice}}</p>{{/advice}}
        <p><a href="/">最初のページへ</a></p>
        {{/content}}
        {{/layout}}
        """

    /// A year two plans cover: the clerk chooses the plan.
    static let choosePlan = """
        {{<layout}}
        {{$title}}計画の選択{{/title}}
        {{$content}}
        <h1>{{yearLabel}}の計画を選んでください</h1>
        <p>この年度は複数の計画の期間に含まれています。</p>
        <ul id="plans">
        {{#plans}}<li><a href="{{path}}?plan={{code}}">{{name}}（{{code}}、{{start}}–{{end}}年度）</a></li>{{/plans}}
        </ul>
        {{/content}}
        {{/layout}}
        """

    static let all: [(String, String)] = [
        ("layout", layout), ("signin", signIn), ("department", department), ("dashboard", dashboard), ("history", history), ("problem", problem),
        ("choosePlan", choosePlan),
    ]

    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in all + CycleTemplates.all { try library.register(text, named: name) }
        return library
    }
}
