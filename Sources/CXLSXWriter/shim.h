#include <xlsxwriter.h>

// libxlsxwriter's API has no variadic functions, so nothing needs wrapping: the shim only
// keeps the include path out of the module map.
