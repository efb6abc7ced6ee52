# wine-lib.sh: shell functions for running Liftoff's Windows builds under
# Debian's wine, sourced by .ci/wine-fonts and .ci/wine-smoke.
#
#   wine_packages [PACKAGE...]  installs wine, its fonts and the MinGW-w64
#                               compiler (and the packages named) when missing
#   wine_prefix DIR             makes a fresh wine prefix in DIR/prefix (sets
#                               WINEPREFIX and WINEDEBUG) with the
#                               bcryptprimitives.dll stand-in in system32
#   wine_stop                   stops this prefix's wine server (only ours)
#
# Debian's wine lacks bcryptprimitives.dll, which Go 1.24+ Windows programs
# load at start (ProcessPrng), from the system folder only; the stand-in,
# built with MinGW-w64, forwards to BCryptGenRandom.

wine_packages() {
	./.ci/apt-ensure wine fonts-wine gcc-mingw-w64-x86-64 "$@"
}

wine_prefix() {
	_wine_dir=$1
	cat >"$_wine_dir/bcryptprimitives.c" <<'WINE_C'
#include <windows.h>
#include <bcrypt.h>
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T n) {
  return BCryptGenRandom(NULL, data, (ULONG)n, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
}
WINE_C
	printf 'LIBRARY bcryptprimitives\nEXPORTS\nProcessPrng\n' >"$_wine_dir/bcryptprimitives.def"
	x86_64-w64-mingw32-gcc -shared -o "$_wine_dir/bcryptprimitives.dll" \
		"$_wine_dir/bcryptprimitives.c" "$_wine_dir/bcryptprimitives.def" -lbcrypt || return 1
	export WINEPREFIX="$_wine_dir/prefix" WINEDEBUG=-all
	if ! wine cmd /c exit >"$_wine_dir/wineboot.log" 2>&1; then
		cat "$_wine_dir/wineboot.log" >&2
		echo "wine could not create a prefix" >&2
		return 1
	fi
	cp "$_wine_dir/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
}

wine_stop() {
	[ -z "${WINEPREFIX:-}" ] || wineserver -k 2>/dev/null || true
}
