"""Characters no content text may hold, wherever the text comes from (YAML or compiled)."""

from __future__ import annotations

import re

# What the YAML reader refuses in a file (control characters, lone surrogates, U+FFFE,
# U+FFFF), which a quoted scalar's escapes ("\x0c", "\u0007", "\ud800") can still make,
# and a damaged compiled file could hold: refused in the value too, so none of them
# reaches a page, a label, the search index or a message.
# Tab and new line are text; a carriage return only ever comes from an escape.
NOT_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
