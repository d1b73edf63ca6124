#!/bin/sh
# Install the Linux bundle for the current user, no root needed:
#
#     sh packaging/linux/install.sh [dist/verktoykasse]      (from a checkout, after python3 dev.py bundle)
#     sh install.sh                                          (from an unpacked release .tar.gz: see README)
#
# Copies the program folder to ~/.local/lib/verktoykasse, links ~/.local/bin/verktoykasse to it, and adds
# the menu entry and the icon (hicolor theme, every drawn size). `sh install.sh --uninstall` removes exactly
# those. The user's data in ~/.local/share/Verktoykasse is never touched by either.
#
# The bundle carries Qt and its libraries, but not OpenGL/EGL and the fontconfig setup, which come from the
# system: on Debian/Ubuntu `sudo apt-get install libgl1 libegl1 fontconfig-config libxcb-cursor0`.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"
LIBDIR="$HOME/.local/lib/verktoykasse"
BINDIR="$HOME/.local/bin"
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIBDIR"
    rm -f "$BINDIR/verktoykasse" "$PREFIX/applications/verktoykasse.desktop"
    for size in $SIZES; do rm -f "$PREFIX/icons/hicolor/${size}x${size}/apps/verktoykasse.png"; done
    echo "Verktøykassa is removed. Your data in ${PREFIX}/Verktoykasse is kept."
    exit 0
fi

# The bundle: an argument, or next to this script (release archive), or dist/ of a checkout.
BUNDLE="${1:-}"
for candidate in "$BUNDLE" "$HERE/verktoykasse" "$HERE/../../dist/verktoykasse"; do
    if [ -n "$candidate" ] && [ -x "$candidate/verktoykasse" ]; then BUNDLE=$(cd "$candidate" && pwd); break; fi
done
if [ ! -x "${BUNDLE:-/nonexistent}/verktoykasse" ]; then
    echo "No built program found. Build it first: python3 dev.py bundle" >&2
    exit 1
fi
ICONS="$BUNDLE/_internal/verktoykasse/_resources/icons"
DESKTOP="$HERE/verktoykasse.desktop"

rm -rf "$LIBDIR"
mkdir -p "$LIBDIR" "$BINDIR" "$PREFIX/applications"
cp -a "$BUNDLE/." "$LIBDIR/"
ln -sf "$LIBDIR/verktoykasse" "$BINDIR/verktoykasse"
sed "s|^Exec=.*|Exec=$LIBDIR/verktoykasse|" "$DESKTOP" > "$PREFIX/applications/verktoykasse.desktop"
for size in $SIZES; do
    mkdir -p "$PREFIX/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/verktoykasse-${size}.png" "$PREFIX/icons/hicolor/${size}x${size}/apps/verktoykasse.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/icons/hicolor" || true
echo "Verktøykassa is installed: start it from the menu or with $BINDIR/verktoykasse"
