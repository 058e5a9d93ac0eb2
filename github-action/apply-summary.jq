# The job summary of `command: apply`, from the results of apply.sh (an array of
# {file, status, summary, err}). Paths, addresses and messages are escaped for table cells and
# code spans: they come from the repository and from AWS.
def cell: tostring | gsub("\\\\"; "\\\\") | gsub("\\|"; "\\|") | gsub("<"; "&lt;") | gsub(">"; "&gt;")
  | gsub("[\r\n]"; " ");
def code: "`" + (cell | gsub("`"; "'")) + "`";
def result:
  if .status == 0 and ((.summary.done // []) | length) > 0 then "applied"
  elif .status == 0 then "no changes"
  elif .summary.event == "summary" then "incomplete"
  else "not applied (exit \(.status))" end;

"<!-- eksform-apply -->\n## eksform apply\n\n"
+ if length == 0 then "No ClusterConfig file to apply.\n" else
  "| Config | Result | Done | Failed | Not started |\n|---|---|---|---|---|\n"
  + (map("| \(.file | code) | \(result) | \((.summary.done // []) | length) | "
      + "\((.summary.failed // {}) | length) | \((.summary.notStarted // []) | length) |\n") | add)
  + (map(select(((.summary.done // []) | length) > 0 or .status != 0)
      | "\n#### \(.file | cell)\n\n"
        + ((.summary.done // []) | map("- done: \(code)\n") | add // "")
        + ((.summary.failed // {}) | to_entries | map("- failed: \(.key | code): \(.value | cell)\n") | add // "")
        + ((.summary.notStarted // []) | map("- not started: \(code)\n") | add // "")
        + (if .status != 0 and .err != "" then "\n\(.err | cell)\n" else "" end)
        + (if .summary.finishWith then "\nFinish with: \(.summary.finishWith | code)\n" else "" end))
    | add // "")
end
