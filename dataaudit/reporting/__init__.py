"""Report renderings for people and for CI systems.

Each format lives in its own module and is registered by name in
:data:`dataaudit.reporting.formats.FORMATS`:

- :mod:`.html`: one self-contained HTML page (thumbnails, charts, fixes);
- :mod:`.sarif`: SARIF 2.1.0 for code-scanning tools;
- :mod:`.junit`: JUnit XML, one test case per rule;
- :mod:`.github`: GitHub Actions workflow annotations.
"""

from __future__ import annotations

__all__: list[str] = []
