"""A 'scanned archive copy' of a PDF: greyscale raster pages, slight skew, noise, no text layer."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from .common import FIXED_TIME

DPI = 200


def rasterise(pdf: Path, out: Path, seed: int = 2017, dpi: int = DPI, quality: int = 25) -> None:
    """Render every page with pdftoppm, skew it by up to 1°, add speckle noise, write an image-only PDF."""
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), f"{tmp}/p"], check=True, timeout=300)
        pages = []
        for png in sorted(Path(tmp).glob("p-*.pgm")):
            img = Image.open(png).convert("L")
            angle = float(rng.uniform(-1.0, 1.0))
            img = img.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
            arr = np.asarray(img, dtype=np.int16)
            arr = arr + rng.normal(0, 2, arr.shape).astype(np.int16)  # sensor noise
            specks = rng.random(arr.shape) < 0.0008  # dust
            arr[specks] = rng.integers(0, 90, int(specks.sum()))
            arr = (arr * 0.93 + 12).clip(0, 255).astype(np.uint8)  # greyish paper
            pages.append(Image.fromarray(arr, mode="L"))
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), quality=quality,
                  creationDate=FIXED_TIME.timetuple(), modDate=FIXED_TIME.timetuple(), producer="arkivar corpus", title="Statusrapport 22.08.2017 (skannet arkivkopi)")
