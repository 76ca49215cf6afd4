/// The templates of the whole cycle in the browser (CyclePages): the 評価シート section of the
/// department's page, the check page, and the freeze, reopening and downloads of the dashboard.
/// Every value goes through `{{name}}`, which escapes.
enum CycleTemplates {
    /// The upload form, on the department page and again on the check page.
    static let upload = """
        <form method="post" action="/years/{{year}}/workbook/check{{planQuery}}" enctype="multipart/form-data" id="workbook-upload">
        <input type="hidden" name="csrf_token" value="{{user.csrf}}">
        <p><label for="workbook-file">記入した評価シート（.xlsx または CSV、{{uploadLimit}}まで）</label><br>
        <input type="file" name="file" id="workbook-file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" required aria-describedby="workbook-file-help{{#uploadError}} workbook-file-error{{/uploadError}}"{{#uploadError}} aria-invalid="true"{{/uploadError}}></p>
        <p class="muted" id="workbook-file-help">アップロードすると、まず確認だけを行い、記録できないセルをセルの位置（例：指標!G5）で示します。記録するのは確認のあとです。</p>
        {{#uploadError}}<p class="error" id="workbook-file-error">{{uploadError}}</p>{{/uploadError}}
        <p><button type="submit" id="workbook-check">確認する（まだ記録しません）</button></p>
        </form>
        """

    static let workbookSection = """
        <section id="workbook" aria-labelledby="workbook-heading">
        <h2 id="workbook-heading">評価シート（Excel）で入力する</h2>
        <p>評価シートをダウンロードして Excel などで黄色のセルに記入し、保存したファイルをアップロードしてください。入力済みの内容はシートに入っています。</p>
        <p><a href="/years/{{year}}/workbook{{planQuery}}" id="workbook-download">{{yearLabel}}の評価シート（.xlsx）をダウンロード</a></p>
        {{>workbookUpload}}
        </section>
        """

    static let check = """
        {{<layout}}
        {{$title}}評価シートの確認 {{yearLabel}}{{/title}}
        {{$content}}
        <h1>{{dept}} {{yearLabel}}の評価シートの確認</h1>
        {{#fileName}}<p>ファイル：{{fileName}}</p>{{/fileName}}
        {{#refused}}
        <p class="alert" id="alert" role="alert">{{error}}</p>
        {{#hasFindings}}
        <table id="findings">
        <caption>記録できないセル</caption>
        <tr><th scope="col">セル</th><th scope="col">コード</th><th scope="col">内容</th></tr>
        {{#findings}}<tr><td class="cell" style="white-space: nowrap">{{cell}}</td><td style="white-space: nowrap">{{code}}</td><td>{{error}}</td></tr>{{/findings}}
        </table>
        {{/hasFindings}}
        <h2>直したファイルをもう一度確認する</h2>
        {{>workbookUpload}}
        {{/refused}}
        {{#checked}}
        <p class="notice" id="notice" role="status">{{checked}}</p>
        {{#hasChanges}}
        <table id="changes">
        <caption>記録される変更（先頭 20 件まで）</caption>
        <tr><th scope="col">コード</th><th scope="col">名称</th><th scope="col">変更前</th><th scope="col">変更後</th></tr>
        {{#changes}}<tr><td style="white-space: nowrap">{{code}}</td><td>{{name}}</td><td>{{previous}}</td><td>{{current}}</td></tr>{{/changes}}
        </table>
        {{/hasChanges}}
        <form method="post" action="/years/{{year}}/workbook/record{{planQuery}}" id="workbook-record-form">
        <input type="hidden" name="csrf_token" value="{{user.csrf}}">
        <input type="hidden" name="upload" value="{{token}}">
        <p><button type="submit" id="workbook-record">この内容で記録する</button></p>
        </form>
        {{/checked}}
        {{#uploadError}}
        <p class="alert" id="alert" role="alert">{{uploadError}}</p>
        {{>workbookUpload}}
        {{/uploadError}}
        <p><a href="/years/{{year}}{{planQuery}}">{{yearLabel}}の入力ページへ戻る</a></p>
        {{/content}}
        {{/layout}}
        """

    static let dashboard = """
        <section id="freeze" aria-labelledby="freeze-heading">
        <h2 id="freeze-heading">{{yearLabel}}の確定</h2>
        {{^report}}
        {{#hasMissing}}
        <p>確定の前に：未入力が {{missingTotal}} 件あります。</p>
        <ul id="missing">{{#missingDepts}}<li>{{dept}}：{{missing}} 件</li>{{/missingDepts}}</ul>
        {{/hasMissing}}
        {{^hasMissing}}<p id="missing-none">すべての課の入力がそろっています。</p>{{/hasMissing}}
        <form method="post" action="/years/{{year}}/snapshots{{planQuery}}" id="freeze-form">
        <input type="hidden" name="csrf_token" value="{{user.csrf}}">
        <p><label for="freeze-note">メモ（任意）</label><br><input type="text" name="note" id="freeze-note" size="40"></p>
        {{#hasMissing}}<p><input type="checkbox" name="allow_incomplete" value="1" id="allow-incomplete"> <label for="allow-incomplete">未入力があっても確定する</label></p>{{/hasMissing}}
        <p><button type="submit" id="freeze-button">{{yearLabel}}を確定する</button></p>
        </form>
        {{/report}}
        {{#report}}
        <p id="frozen">この年度は確定しています（第 {{version}} 版、SHA-256 <code>{{sha256}}</code>）。</p>
        <h3>{{yearLabel}}の評価結果報告書</h3>
        <ul id="report-downloads">{{#yearFormats}}<li><a href="/years/{{year}}/downloads/report?format={{format}}" id="download-{{format}}">{{label}}</a></li>{{/yearFormats}}</ul>
        <form method="post" action="/years/{{year}}/reopenings{{planQuery}}" id="reopen-form">
        <input type="hidden" name="csrf_token" value="{{user.csrf}}">
        <p><label for="reopen-reason">確定を解除する理由（必須）</label><br><input type="text" name="reason" id="reopen-reason" size="40" required></p>
        <p><button type="submit" id="reopen-button">確定を解除する</button></p>
        </form>
        {{/report}}
        <h3>期間評価報告書（{{periodStart}}から{{yearLabel}}まで）</h3>
        <ul id="period-downloads">{{#periodFormats}}<li><a href="/years/{{year}}/downloads/period?format={{format}}" id="period-{{format}}">{{label}}</a></li>{{/periodFormats}}</ul>
        </section>
        """

    static let all: [(String, String)] = [
        ("workbookUpload", upload), ("workbookSection", workbookSection), ("workbookCheck", check), ("cycleDashboard", dashboard),
    ]
}
