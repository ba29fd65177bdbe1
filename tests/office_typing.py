"""Type into a workbook with LibreOffice itself, as a person does, and save it as xlsx.

Run by the system Python that has LibreOffice's `uno` module (not by the tests' Python):
`python3 office_typing.py IN.xlsx OUT.xlsx PROFILE_DIR JSON`, JSON a list of
[sheet, cell, text] typed in order (text goes in as typed at the keyboard: LibreOffice
recognises numbers and dates); prints, as one JSON line, what the cells typed into hold
afterwards and whether each was locked. No network: LibreOffice listens on a named pipe.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

ATTEMPTS = 120  # connecting: LibreOffice takes a few seconds to start listening


def _prop(name: str, value: object) -> PropertyValue:
    found = PropertyValue()
    found.Name, found.Value = name, value
    return found


def main(source: str, target: str, profile: str, typed_json: str) -> None:
    pipe = f"spbe_test_{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
            f"--accept=pipe,name={pipe};urp;",
        ]
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(ATTEMPTS):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        assert context is not None, "LibreOffice did not start"
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        url = Path(source).resolve().as_uri()
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),))
        found = []
        for sheet, ref, text in json.loads(typed_json):
            cell = doc.Sheets.getByName(sheet).getCellRangeByName(ref)
            cell.setFormula(text)
            found.append([sheet, ref, cell.getString(), cell.CellProtection.IsLocked])
        out = Path(target).resolve().as_uri()
        doc.storeToURL(out, (_prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        print(json.dumps(found))
        with contextlib.suppress(Exception):  # the connection closes as LibreOffice quits
            desktop.terminate()
        office.wait(timeout=120)
    finally:
        if office.poll() is None:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:5])
