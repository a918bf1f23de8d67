# Helpers for the Azure AI platform policies (AZ-AI, AZ-ML, AZ-SRCH):
# values set by the user versus provider defaults, the parent of a child
# resource, and the verdicts of the graph rules of POLICIES.md §0.5
# (private endpoints, diagnostic settings), whose findings take
# lib.graph_status.
package posture.lib.azure_ai

import data.posture.lib
import data.posture.lib.azure

# declared(path) holds when the user wrote a value at path: it is present
# and was not filled in from a provider default.
declared(path) if {
	lib.has_value(path)
	not input.defaults[lib.path_string(path)]
}

# in_ci(value, values) holds when the string value is one of values
# (lower case), case-insensitively.
in_ci(value, values) if {
	is_string(value)
	lower(value) in values
}

# parents are the inputs of the resource this child resource belongs to
# (its reference at path "name"), when that resource is in the scan.
parents contains data.posture.resources[r.target] if {
	some r in input.refs
	r.path == "name"
}

# parent_declared holds when this child names a parent resource at all
# (resolved or not).
parent_declared if {
	some r in input.refs
	r.path == "name"
}

# referring(t) lists the resources of type t that reference this resource,
# each as {"res": <input>, "path": <path string of the reference>}.
referring(t) := [{"res": data.posture.resources[r.id], "path": r.path} |
	some r in object.get(data.posture.referrers, input.id, [])
	r.type == t
]

# private_endpoints lists the private endpoints of the scan whose
# privateLinkServiceConnections[i] targets this resource, as
# {"name", "groups", "known"}: the group ids (lower case) of that
# connection and whether they could be known.
private_endpoints contains {"name": pe.res.name, "groups": groups, "known": known} if {
	some pe in referring("Microsoft.Network/privateEndpoints")
	m := regex.find_all_string_submatch_n(`^properties\.privateLinkServiceConnections\[(\d+)\]\.properties\.privateLinkServiceId$`, pe.path, 1)
	count(m) == 1
	i := to_number(m[0][1])
	p := sprintf("properties.privateLinkServiceConnections[%d].properties.groupIds", [i])
	known := _groups_known(pe.res, p)
	conn := object.get(pe.res.resource, ["properties", "privateLinkServiceConnections", i], {})
	groups := {lower(g) | some g in object.get(conn, ["properties", "groupIds"], []); is_string(g)}
}

# _groups_known(res, p) is false when the group ids at path string p of
# the private endpoint res, or anything below them, could not be known.
_groups_known(res, p) := false if lib.unknown_under(res, p)

else := true

# private_link(group) is the verdict on the private endpoints of this
# resource for sub-resource group (lower case): "ok" when one connects to
# it (or the resource declares an approved connection), "unknown" when the
# group ids of one could not be known, "wrong" when endpoints target the
# resource but none for that group, "none" when no endpoint of the scan
# targets it.
private_link(group) := "ok" if {
	some pe in private_endpoints
	group in pe.groups
} else := "ok" if {
	azure.approved_private_endpoint_connection
} else := "unknown" if {
	some pe in private_endpoints
	not pe.known
} else := "wrong" if {
	count(private_endpoints) > 0
} else := "none"

# private_endpoint_names lists the names of the endpoints targeting this
# resource, for messages.
private_endpoint_names := concat(", ", sort([sprintf("%q (%s)", [pe.name, concat(", ", sort(pe.groups))]) | some pe in private_endpoints]))

# diagnostics is the verdict on the diagnostic settings of this resource:
# "ok" when one sends logs, "unknown" when the logs of one could not be
# known, "no_logs" when settings target the resource but send no log,
# "none" when no setting of the scan targets it.
diagnostics := "ok" if {
	some s in azure.diagnostic_settings
	azure.enables_logs(s)
} else := "unknown" if {
	some s in azure.diagnostic_settings
	azure.logs_unknown(s)
} else := "no_logs" if {
	count(azure.diagnostic_settings) > 0
} else := "none"

# nouns name the AI resource types in messages.
nouns := {
	"Microsoft.CognitiveServices/accounts": "Cognitive Services account",
	"Microsoft.MachineLearningServices/workspaces": "Machine Learning workspace",
	"Microsoft.Search/searchServices": "AI Search service",
}

noun := nouns[input.type]

# ws_nouns name Machine Learning workspaces by kind in messages.
ws_nouns := {
	"default": "Machine Learning workspace",
	"hub": "AI Foundry hub",
	"project": "AI Foundry project",
	"featurestore": "Machine Learning feature store",
}

ws_noun := n if {
	n := ws_nouns[lower(input.resource.kind)]
} else := "Machine Learning workspace"

# is_project holds for an AI Foundry project (a workspace of kind Project),
# which inherits network, encryption and storage settings from its hub.
is_project if lib.eq_ci(input.resource.kind, "Project")

# inherited(path) holds when a project leaves the setting at path to its
# hub: the hub is checked instead.
inherited(path) if {
	is_project
	not declared(path)
}

# is_vm_compute holds for the compute types that run VMs in the
# workspace's network (compute instances and clusters).
is_vm_compute if in_ci(input.resource.properties.computeType, {"computeinstance", "amlcompute"})
