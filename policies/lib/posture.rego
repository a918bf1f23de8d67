# Helpers shared by the built-in policies and available to custom ones as
# data.posture.lib. The input contract is in docs/CONTRACT.md.
package posture.lib

# is_terraform holds for resources read from Terraform configuration or plans.
is_terraform if input.format in {"terraform", "terraform-plan"}

# known(p) holds when the value at canonical path p (a path string) could
# be known statically. Policies combining several attributes use it so
# that an unknown operand never turns into a violation.
known(p) if not input.unknown[p]

# known_with_ancestors(path) holds when neither the value at path (an
# array) nor any object holding it is unknown: a whole networkAcls object
# taken from an ARM parameter without a value makes its defaultAction
# unknown too, though only properties.networkAcls is listed.
known_with_ancestors(path) if not _unknown_ancestor(path)

_unknown_ancestor(path) if {
	# Nearly every resource has no unknown value: skip the prefixes then.
	count(input.unknown) > 0
	some n in numbers.range(1, count(path))
	input.unknown[path_string(array.slice(path, 0, n))]
}

# known_under(p) holds when no value at or below the path string p is
# unknown (p itself, p.x, p[0]...): an object the policy reads whole.
known_under(p) if not unknown_under(input, p)

# unknown_under(res, p) holds when the resource input res (this one, or a
# related one from data.posture) has an unknown value at or below the path
# string p. Keys are compared as strings: p also covers the keys that
# merely begin with it.
unknown_under(res, p) if {
	some k, _ in res.unknown
	startswith(k, p)
}

# attr(p) is the attribute at canonical path p as the user wrote it: the
# Terraform attribute for mapped azurerm resources, else the path itself.
attr(p) := object.get(input.names, p, p)

# found(path, default_desc) describes the offending value at path (an
# array) for a message, in the user's own syntax:
# `public_network_access_enabled = true`, `properties.publicNetworkAccess is
# "Enabled"`, or `… is not set (<default_desc>)` when the value is absent or
# was filled in from the provider default.
# (object.get(input.names, p, p) is attr(p), inlined: found runs for most
# messages, and a function call costs more than the builtin.)
found(path, default_desc) := not_set(object.get(input.names, p, p), default_desc) if {
	p := path_string(path)
	not has_value(path)
} else := not_set(object.get(input.names, p, p), default_desc) if {
	p := path_string(path)
	input.defaults[p]
} else := sprintf("%s = %s", [object.get(input.names, p, p), input.written[p]]) if {
	p := path_string(path)
	input.written[p]
} else := sprintf("%s is %s", [path_string(path), json.marshal(object.get(input.resource, path, null))])

# not_set says an attribute is absent, with what that means when the
# caller says so.
not_set(name, "") := sprintf("%s is not set", [name])

not_set(name, desc) := sprintf("%s is not set (%s)", [name, desc]) if desc != ""

# known_prefix is the known beginning of the unknown string at path, or "":
# "serviceAccount:" for member = "serviceAccount:${google_service_account.x.email}".
known_prefix(path) := object.get(input.unknown_prefix, path_string(path), "")

# has_value holds when the resource has a non-null value at path.
has_value(path) if object.get(input.resource, path, null) != null

# path_string renders a path array in the canonical form used as key of
# input.unknown, input.names and input.written. Most paths hold only keys:
# they are joined with one builtin call (this helper runs for every
# message, so it is on the hot path); paths with indexes go segment by
# segment.
path_string(path) := concat(".", path) if {
	[x | some x in path; not is_string(x)] == []
} else := concat("", [seg |
	some i, x in path
	seg := _segment(i, x)
])

_segment(0, x) := x if is_string(x)

_segment(i, x) := concat("", [".", x]) if {
	i > 0
	is_string(x)
}

_segment(_, x) := sprintf("[%d]", [x]) if is_number(x)

# port_range_covers(r, port) holds when a port range written as a string,
# a port ("22") or an interval ("20-30"), includes port.
port_range_covers(r, port) if to_number(r) == port

port_range_covers(r, port) if {
	parts := split(r, "-")
	count(parts) == 2
	to_number(trim_space(parts[0])) <= port
	port <= to_number(trim_space(parts[1]))
}

# eq_ci compares two strings case-insensitively (ARM accepts Disabled and
# disabled alike; AI Search returns lower case).
eq_ci(a, b) if {
	is_string(a)
	is_string(b)
	lower(a) == lower(b)
}

# in_scan(t) holds when the scan holds a resource of type t.
in_scan(t) if count(object.get(data.posture.by_type, t, {})) > 0

# referrers(t) are the inputs of the resources of type t whose references
# point at this resource.
referrers(t) := [data.posture.resources[r.id] |
	some r in object.get(data.posture.referrers, input.id, [])
	r.type == t
]

# params is this rule's parameters (defaults from metadata, overridden by
# the user's configuration), keyed by the rule id passed in.
params(id) := object.get(data.posture.params, id, {})

# label names an Azure resource for messages. A Terraform resource inside a
# module is declared once and deployed once per module instance: its
# address names the instance.
label := sprintf("%q", [input.name]) if {
	input.name != ""
	not _module_instance
} else := sprintf("%q (%s)", [input.name, input.address]) if {
	input.name != ""
} else := input.address

_module_instance if {
	is_terraform
	startswith(input.address, "module.")
}

# complete holds when the user declared the scan complete (--complete,
# `complete: true` in .posture.yaml): a related resource missing from the
# scan is then missing for good.
complete if data.posture.config.complete == true

# graph_status is the status of a finding that rests on the absence of a
# related resource (POLICIES.md §0.5): "review" (shown only with
# --show-unknown), as the resource may live outside the scanned files,
# unless the scan is complete. Policies yield it as the finding's
# "status".
graph_status := "fail" if complete

else := "review"

# and_list joins words for a sentence: "a", "a and b", "a, b and c".
and_list(xs) := xs[0] if count(xs) == 1

else := concat(" and ", [concat(", ", array.slice(xs, 0, count(xs) - 1)), xs[count(xs) - 1]])
