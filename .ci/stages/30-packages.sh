# Stage "packages": `dotnet pack FollowUpRules.sln` into a temporary local feed, as a release would (Release,
# ContinuousIntegrationBuild on, so the build is reproducible and the PDBs hold /_/ paths), then a look inside each
# package: its README, the CHANGELOG its release notes point to, the license, the assemblies with their XML docs, and a
# .snupkg with the PDBs. Sets CI_FEED (the feed folder) and CI_VERSION (the packages' one version) for later stages.

CI_PACKAGES=(FollowUpRules FollowUpRules.DependencyInjection FollowUpRules.Testing FollowUpRules.Cli FollowUpRules.Html FollowUpRules.Drafts)
CI_FEED="$CI_WORK/feed"
CI_VERSION=""

# package_has PACKAGE FILE...: every FILE is in the .nupkg (or, for a .pdb, in the .snupkg), and the nuspec has the
# package's metadata.
package_has() {
  local id="$1" nupkg="$CI_FEED/$1.$CI_VERSION.nupkg" snupkg="$CI_FEED/$1.$CI_VERSION.snupkg" file listing symbols
  shift
  listing="$(unzip -l "$nupkg")" && symbols="$(unzip -l "$snupkg")" || return 1
  printf '%s\n%s\n' "$listing" "$symbols"
  for file in "$@"; do
    case "$file" in
      *.pdb) grep -q " $file\$" <<<"$symbols" || { echo "missing from $(basename "$snupkg"): $file"; return 1; } ;;
      *) grep -q " $file\$" <<<"$listing" || { echo "missing from $(basename "$nupkg"): $file"; return 1; } ;;
    esac
  done
  local nuspec
  nuspec="$(unzip -p "$nupkg" "$id.nuspec")"
  printf '%s\n' "$nuspec"
  for element in '<readme>README.md</readme>' '<license type="expression">MIT</license>' '<description>' '<tags>' \
      '<releaseNotes>The changes of every version are listed in CHANGELOG.md'; do
    grep -qF "$element" <<<"$nuspec" || { echo "the nuspec lacks $element"; return 1; }
  done
}

tool_rolls_forward() {
  local config
  config="$(unzip -p "$CI_FEED/FollowUpRules.Cli.$CI_VERSION.nupkg" tools/net10.0/any/followup.runtimeconfig.json)" || return 1
  printf '%s\n' "$config"
  grep -q '"rollForward": "Major"' <<<"$config"
}

tool_has_no_xml_docs() {
  local docs
  docs="$(unzip -Z1 "$CI_FEED/FollowUpRules.Cli.$CI_VERSION.nupkg" | grep '^tools/.*\.xml$' | grep -v '/DotnetToolSettings\.xml$' || true)"
  [[ -z "$docs" ]] || { printf 'XML docs in the tool package:\n%s\n' "$docs"; return 1; }
}

core_has_no_fluid() {
  local nuspec
  nuspec="$(unzip -p "$CI_FEED/FollowUpRules.$CI_VERSION.nupkg" FollowUpRules.nuspec)" || return 1
  grep -n '<dependency' <<<"$nuspec"
  ! grep -qi 'Fluid' <<<"$nuspec" && unzip -p "$CI_FEED/FollowUpRules.Drafts.$CI_VERSION.nupkg" FollowUpRules.Drafts.nuspec | grep -q 'id="Fluid.Core"'
}

# has_satellites PACKAGE FOLDER ASSEMBLY...: the Spanish and German satellite assembly of each ASSEMBLY is in FOLDER
# (lib/net10.0, or the tool's tools/net10.0/any) of the package, beside the assembly.
has_satellites() {
  local id="$1" folder="$2" listing assembly language file
  shift 2
  listing="$(unzip -Z1 "$CI_FEED/$id.$CI_VERSION.nupkg")" || return 1
  for assembly in "$@"; do
    for language in es de; do
      file="$folder/$language/$assembly.resources.dll"
      grep -qxF "$file" <<<"$listing" || { echo "missing from $id: $file"; return 1; }
      echo "$file"
    done
  done
}

# tool_speaks_es_de_only: the tool's satellite assemblies are Spanish and German only (System.CommandLine ships thirteen
# languages; a help page half in one the tool's own words lack would read worse than English).
tool_speaks_es_de_only() {
  local others
  others="$(unzip -Z1 "$CI_FEED/FollowUpRules.Cli.$CI_VERSION.nupkg" | grep -E '^tools/net10\.0/any/[^/]+/[^/]+\.resources\.dll$' |
    cut -d/ -f4 | sort -u | grep -vxE 'es|de' || true)"
  [[ -z "$others" ]] || { printf 'satellite assemblies in other languages:\n%s\n' "$others"; return 1; }
}

# has_resources PROJECT: the project under src/ has seeker-facing resources (a .resx with translations beside it).
has_resources() {
  find "src/$1" -name '*.es.resx' -print -quit | grep -q .
}

run_packages() {
  rm -rf "$CI_FEED"
  CI_VERSION="$(dotnet msbuild src/FollowUpRules/FollowUpRules.csproj -getProperty:Version 2>/dev/null | tr -d '[:space:]')"
  echo "  version $CI_VERSION"
  ci_check "dotnet pack FollowUpRules.sln -c Release: the six packages" \
    dotnet pack FollowUpRules.sln -c Release -o "$CI_FEED" -p:ContinuousIntegrationBuild=true || return

  local id
  for id in FollowUpRules FollowUpRules.DependencyInjection FollowUpRules.Testing FollowUpRules.Html FollowUpRules.Drafts; do
    ci_check "$id: README, CHANGELOG, metadata, XML docs, symbols" \
      package_has "$id" README.md CHANGELOG.md "lib/net10.0/$id.dll" "lib/net10.0/$id.xml" "lib/net10.0/$id.pdb"
  done
  ci_check "FollowUpRules.Cli: a .NET tool with README, CHANGELOG, metadata, symbols" \
    package_has FollowUpRules.Cli README.md CHANGELOG.md tools/net10.0/any/DotnetToolSettings.xml \
      tools/net10.0/any/followup.dll tools/net10.0/any/FollowUpRules.pdb tools/net10.0/any/followup.pdb
  local localized=()
  for id in FollowUpRules FollowUpRules.DependencyInjection FollowUpRules.Testing FollowUpRules.Html FollowUpRules.Drafts; do
    has_resources "$id" || continue
    localized+=("$id")
    ci_check "$id: the Spanish and German satellite assemblies" has_satellites "$id" lib/net10.0 "$id"
  done
  ci_check "FollowUpRules.Cli: the Spanish and German satellite assemblies of the tool, its libraries (${localized[*]}) and System.CommandLine" \
    has_satellites FollowUpRules.Cli tools/net10.0/any followup "${localized[@]}" System.CommandLine
  ci_check "FollowUpRules.Cli: satellite assemblies in Spanish and German only" tool_speaks_es_de_only
  ci_check "FollowUpRules.Cli: no XML docs in the tool (only an IDE reads them)" tool_has_no_xml_docs
  ci_check "FollowUpRules.Cli: the tool rolls forward to newer major runtimes" tool_rolls_forward
  ci_check "FollowUpRules: no dependency on Fluid (only FollowUpRules.Drafts has one)" core_has_no_fluid
  ls -l "$CI_FEED" | sed 's/^/       /'
}

ci_stage packages run_packages
