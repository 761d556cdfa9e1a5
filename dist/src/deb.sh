#!/usr/bin/env bash
# Makes sslform_VERSION_amd64.deb and mockcloud_VERSION_amd64.deb with jpackage from the trees
# build-dist.sh laid out (the same stripped runtime, jar and class list as the archives).
# Installed under /opt/PROG; postinst links /usr/bin/PROG and makes the CDS archive next to the
# jar (Java 17 records the jar's absolute path in it, so it cannot be made before the files are
# where they stay); prerm removes both, so dpkg -r leaves nothing behind.
#   deb.sh JDK VERSION WORK OUT
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jdk="$1" version="$2" work="$3" out="$4"
# gzip, not dpkg-deb's default xz: the payload is mostly compressed already (jar, jimage), and
# xz takes minutes on it for a few per cent.
export DPKG_DEB_COMPRESSOR_TYPE=gzip
for prog in sslform mockcloud; do
  tree="$work/$prog-$version-linux-x64"
  input="$work/deb-input-$prog" res="$work/deb-res-$prog"
  rm -rf "$input" "$res" && mkdir -p "$input" "$res"
  cp -p "$tree/lib/$prog.jar" "$tree/lib/$prog.classlist" "$tree/README.md" "$input/"
  cp -rp "$tree/licenses" "$input/licenses"
  extra=()
  case "$prog" in
    sslform) main=dev.sslform.plugin.cli.Main; for o in ${SSLFORM_DEB_JVM_OPTS:-}; do extra+=(--java-options "$o"); done; desc="Database TLS as code for TencentDB for SQL Server: validate, plan and apply (Terraform-style)" ;;
    mockcloud) main=dev.sslform.mockcloud.MockCloud; desc="A local mock of the Tencent Cloud API 3.0 SQL Server SSL actions"
      cp "$here/deb/mockcloud.service" "$input/" ;;
  esac
  for s in postinst prerm postrm; do
    sed -e "s|@PROG@|$prog|g" "$here/deb/$s" > "$res/$s"
    chmod 755 "$res/$s"
  done
  echo "==> jpackage --type deb: $prog $version"
  "$jdk/bin/jpackage" --type deb --dest "$out" \
    --name "$prog" --app-version "$version" --description "$desc" \
    --vendor "sslform" --copyright "the sslform authors" \
    --linux-package-name "$prog" --linux-deb-maintainer "sslform@users.noreply.invalid" --linux-app-category devel \
    --install-dir /opt \
    --input "$input" --main-jar "$prog.jar" --main-class "$main" \
    --runtime-image "$tree/runtime" \
    --java-options -Xshare:auto \
    --java-options "-XX:SharedArchiveFile=\$APPDIR/$prog.jsa" \
    --java-options -Xlog:cds=off --java-options -Xlog:cds+dynamic=off --java-options -Xlog:class+path=off \
    "${extra[@]}" \
    --resource-dir "$res"
done
