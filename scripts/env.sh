# Sourced by the other scripts: run from the repository, with cargo's and npm's tools on PATH.
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
# Builds the release site into dist/. Trunk builds into dist/.stage and only then replaces dist/'s
# files, so a failed build leaves the last good site in place: the staging folder is removed too.
build_site() { trunk build --release || { rm -rf dist/.stage; return 1; }; }
