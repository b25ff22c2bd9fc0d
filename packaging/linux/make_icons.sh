#!/usr/bin/env bash
# Regenerates the hicolor PNG icons from icons/recon-workstation.svg (needs rsvg-convert from
# librsvg2-bin). The PNGs are committed, so building the package does not need this.
set -euo pipefail
cd "$(dirname "$0")/icons"
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" recon-workstation.svg -o "recon-workstation-$size.png"
done
