#!/usr/bin/env bash
# Install everything Arkivar needs on a fresh Debian/Ubuntu machine: Tesseract with the
# Norwegian model (OCR of scanned PDFs) and the Python package with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx nor || need_apt+=(tesseract-ocr-nor)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
[ -f /usr/share/dict/bokmaal ] || need_apt+=(wnorwegian)  # word lists: OCR words glued together (extract/ocr_words.py), models/dictionary.py (the name CRF, the "og" rule)
# tests/test_corpus.py rebuilds the corpus and compares it with the committed files: DOCX→PDF needs LibreOffice
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if ! $PY -c "import pipelines.cli, pytest, hypothesis, reportlab, pycrfsuite" >/dev/null 2>&1 || [ "${ARKIVAR_REINSTALL:-0}" = 1 ] \
   || [ pyproject.toml -nt .setup-done ]; then
  echo "setup: installing Python packages (pip install -e '.[test]')"
  $PY -m pip install -q --disable-pip-version-check -e ".[test]"
  touch .setup-done
fi
