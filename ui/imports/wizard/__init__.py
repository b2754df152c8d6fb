"""The import wizard: pick a file → the detected format and a preview → the column mapping (for any other CSV) →
the run, with progress and a stop button → the result, with every refused row and why. One page per module
(``file_page``, ``format_page``, ``mapping_page``, ``run_page``, ``result_page``), the wizard in ``import_wizard``,
the file and name questions it asks in ``ask`` (tests replace them there).

The run calls :func:`app.services.shop_import.import_orders` or ``import_customers`` on a worker thread; the service
reads the file streamed, reports progress per chunk, and rolls everything back when stopped, for a dry run, or
(unless *keep the good rows*) when a row is refused — so the database is as before or has the whole file. This
wizard never reads more of the file than the preview's first rows itself.
"""

from ui.imports.wizard.common import PAGE_FILE, PAGE_FORMAT, PAGE_MAPPING, PAGE_RESULT, PAGE_RUN
from ui.imports.wizard.import_wizard import ImportWizard
from ui.imports.wizard.model import TableModel

__all__ = [
    "PAGE_FILE",
    "PAGE_FORMAT",
    "PAGE_MAPPING",
    "PAGE_RESULT",
    "PAGE_RUN",
    "ImportWizard",
    "TableModel",
]
