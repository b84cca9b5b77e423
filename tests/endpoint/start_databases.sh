#!/usr/bin/env bash
# PostgreSQL (127.0.0.1:5432, trust auth, user postgres, db test) and MariaDB (127.0.0.1:3306,
# root with an empty password, db test) for tests/endpoint. Installs them with apt when
# missing, starts them when stopped; idempotent and quick when both already listen.
set -euo pipefail
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { for _ in $(seq 1 60); do listening "$1" && return 0; sleep 0.5; done; echo "port $1 did not open" >&2; return 1; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

if ! listening 5432; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "installing PostgreSQL (apt)"; export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q && $SUDO apt-get install -y -q postgresql
  fi
  ver=$(ls /etc/postgresql | sort -V | tail -1)
  hba=/etc/postgresql/$ver/main/pg_hba.conf
  if ! grep -q "wasmlit-tests" "$hba"; then   # trust on loopback, as on the project machines
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust # wasmlit-tests\nhost all all ::1/128 trust # wasmlit-tests' "$hba"
  fi
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  wait_port 5432
  psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='test'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -c "create database test" >/dev/null
fi

if ! listening 3306; then
  if [ ! -x /usr/sbin/mariadbd ]; then
    echo "installing MariaDB (apt)"; export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q && $SUDO apt-get install -y -q mariadb-server
  fi
  $SUDO mkdir -p /run/mysqld && $SUDO chown mysql:mysql /run/mysqld 2>/dev/null || true
  $SUDO start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1
  wait_port 3306
  mysql -h 127.0.0.1 -uroot -e "create database if not exists test" 2>/dev/null \
    || $SUDO mysql -e "alter user 'root'@'localhost' identified via mysql_native_password using password(''); create database if not exists test"
fi
