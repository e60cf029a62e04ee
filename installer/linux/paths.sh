# Where install.sh and uninstall.sh put things (sourced by both, so they always agree):
# with sudo for every user of the PC, without for the signed-in user only.
if [ "$(id -u)" = 0 ]; then
    prefix=${PREFIX:-/opt/servicepoint}
    bindir=/usr/local/bin
    share=/usr/share
    units=/etc/systemd/user
else
    prefix=${PREFIX:-$HOME/.local/opt/servicepoint}
    bindir=$HOME/.local/bin
    share=${XDG_DATA_HOME:-$HOME/.local/share}
    units=${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user
fi
case "$prefix" in
    */servicepoint) ;;
    *) echo "PREFIX must end in /servicepoint (it is replaced as a whole): $prefix" >&2; exit 2 ;;
esac
