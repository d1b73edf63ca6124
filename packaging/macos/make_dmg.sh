#!/bin/sh
# The macOS disk image: Verktoykassa.app next to a link to /Applications, so the user drags one onto the
# other. Run on a Mac after `python3 dev.py bundle` (which builds dist/Verktoykassa.app):
#
#     sh packaging/macos/make_dmg.sh            ->  dist/verktoykasse-<version>-macos.dmg
#
# The app is not signed or notarised (no Apple developer certificate yet): on first start the user
# right-clicks the app and chooses Open. The user's data lives in ~/Library/Application Support/Verktoykasse,
# outside the app, so replacing or deleting the app never touches it.
set -eu
cd "$(dirname "$0")/../.."

APP="dist/Verktoykassa.app"
VERSION=$(python3 -c 'import runpy; print(runpy.run_path("src/verktoykasse/_version.py")["__version__"])')
DMG="dist/verktoykasse-${VERSION}-macos.dmg"

if [ ! -d "$APP" ]; then
    echo "No $APP: build it first with: python3 dev.py bundle" >&2
    exit 1
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the symlinks PyInstaller puts between Contents/Frameworks and Contents/Resources.
ditto "$APP" "$STAGE/Verktoykassa.app"
ln -s /Applications "$STAGE/Applications"

# UDZO: zlib-compressed, read-only, opens on every supported macOS version.
hdiutil create -volname "Verktøykassa ${VERSION}" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "Disk image: $DMG"
