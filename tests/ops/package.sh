#!/usr/bin/env bash
# The Debian package: cpack on the existing build tree (RECON_BUILD_DIR) into a temp dir,
# dpkg -x into a temp root, run `recon --version` from it, and check the declared dependencies
# and the desktop integration files (the MIME database built from the package maps *.recon).
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
: "${RECON_BUILD_DIR:?RECON_BUILD_DIR is not set}"
need cpack dpkg-deb update-mime-database desktop-file-validate

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$RECON_BUILD_DIR/CPackConfig.cmake")
[ -n "$version" ] || ops_fail "no CPACK_PACKAGE_VERSION in $RECON_BUILD_DIR/CPackConfig.cmake"
(cd "$OPS_TMP" && cpack -G DEB --config "$RECON_BUILD_DIR/CPackConfig.cmake" -B "$OPS_TMP/out") \
  >"$OPS_TMP/cpack.log" 2>&1 || ops_fail "cpack failed: $(tail -n 20 "$OPS_TMP/cpack.log")"
deb=$(find "$OPS_TMP/out" -maxdepth 1 -name "recon-workstation_${version}_*.deb")
[ -f "$deb" ] || ops_fail "no recon-workstation_${version}_*.deb in $(ls "$OPS_TMP/out")"
ops_log "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6sql6-sqlite libc6 libsqlite3-0; do
  grep -qw "$d" <<<"$depends" || ops_fail "Depends lacks $d: $depends"
done

root="$OPS_TMP/root"
dpkg -x "$deb" "$root"
out=$(LD_LIBRARY_PATH='' QT_QPA_PLATFORM=offscreen "$root/usr/bin/recon" --version 2>&1) ||
  ops_fail "recon --version from the package failed: $out"
grep -qF "$version" <<<"$out" || ops_fail "recon --version printed '$out', not $version"
ops_log "packaged recon --version: $out"
if [ -x "$RECON_BUILD_DIR/bin/recon-workstation" ]; then
  [ -x "$root/usr/bin/recon-workstation" ] || ops_fail "recon-workstation is built but not packaged"
fi

app=org.reconworkstation.ReconWorkstation
for f in "usr/share/applications/$app.desktop" "usr/share/metainfo/$app.metainfo.xml" \
  usr/share/mime/packages/recon-workspace.xml usr/share/icons/hicolor/scalable/apps/recon-workstation.svg; do
  [ -s "$root/$f" ] || ops_fail "package lacks $f"
done
for size in 16 24 32 48 64 128 256; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/recon-workstation.png"
  [ "$(od -An -tx1 -j16 -N8 "$png" | tr -d ' \n')" = "$(printf '%08x%08x' "$size" "$size")" ] ||
    ops_fail "$png is not ${size}x${size}"
done
desktop-file-validate "$root/usr/share/applications/$app.desktop"
update-mime-database "$root/usr/share/mime" >/dev/null 2>&1
grep -q '^80:application/x-recon-workspace:\*\.recon$' "$root/usr/share/mime/globs2" ||
  ops_fail "*.recon is not mapped to application/x-recon-workspace"
echo "package: 1 passed, 0 failed"
