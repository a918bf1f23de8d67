# Helpers for Azure policies, written against the ARM shape.
package posture.lib.azure

import data.posture.lib

# security_rules are the NSG rules of the input with the path of each
# rule's properties: inline rules of a network security group, or the
# properties of a separate securityRules child resource.
security_rules contains {"rule": r.properties, "name": object.get(r, "name", input.name), "path": ["properties", "securityRules", i, "properties"]} if {
	input.type == "Microsoft.Network/networkSecurityGroups"
	some i, r in input.resource.properties.securityRules
}

security_rules contains {"rule": input.resource.properties, "name": input.name, "path": ["properties"]} if {
	input.type == "Microsoft.Network/networkSecurityGroups/securityRules"
}

internet_sources := {"*", "0.0.0.0", "0.0.0.0/0", "internet", "any", "::/0"}

# sources lists a rule's source prefixes (single and plural forms).
sources(rule) := array.concat(
	[x | x := rule.sourceAddressPrefix],
	object.get(rule, "sourceAddressPrefixes", []),
)

# internet_source_path is the path, relative to the rule, of a source
# prefix that is the whole internet.
internet_source_path(rule) := ["sourceAddressPrefix"] if {
	lower(rule.sourceAddressPrefix) in internet_sources
} else := ["sourceAddressPrefixes", i] if {
	some i, s in rule.sourceAddressPrefixes
	lower(s) in internet_sources
}

# inbound_allow_from_internet holds for an inbound Allow rule whose source
# is the whole internet, for a protocol in protocols (lower case).
inbound_allow_from_internet(rule, protocols) if {
	lower(rule.direction) == "inbound"
	lower(rule.access) == "allow"
	lower(object.get(rule, "protocol", "*")) in protocols
	some s in sources(rule)
	lower(s) in internet_sources
}

# port_ranges lists a rule's destination port ranges (single and plural).
port_ranges(rule) := array.concat(
	[x | x := rule.destinationPortRange],
	object.get(rule, "destinationPortRanges", []),
)

# opens_port holds when a port range covers port: "22", "*", "20-30".
opens_port(rule, port) if {
	some r in port_ranges(rule)
	range_covers(r, port)
}

range_covers(r, _) if r == "*"

range_covers(r, port) if lib.port_range_covers(r, port)

# port_span is the [low, high] interval of a destination port range:
# "22" → [22, 22], "20-30" → [20, 30], "*" → [0, 65535].
port_span(r) := [0, 65535] if r == "*"

else := [n, n] if {
	n := to_number(trim_space(r))
}

else := [lo, hi] if {
	parts := split(r, "-")
	count(parts) == 2
	lo := to_number(trim_space(parts[0]))
	hi := to_number(trim_space(parts[1]))
}

# opens_all_ports holds when a rule's destination ports cover every port
# (1-65535; port 0 is not a usable port).
opens_all_ports(rule) if {
	some r in port_ranges(rule)
	span := port_span(r)
	span[0] <= 1
	span[1] >= 65535
}

# --- Graph helpers (POLICIES.md §0.5; the status is lib.graph_status) ---

# diagnostic_settings are the inputs of the diagnostic settings whose scope
# is this resource: Microsoft.Insights/diagnosticSettings extension
# resources (Terraform target_resource_id, ARM/Bicep scope) and, in ARM,
# the legacy form "<type>/providers/diagnosticSettings" named
# "<resource>/Microsoft.Insights/<setting>".
diagnostic_settings contains s if {
	some r in object.get(data.posture.referrers, input.id, [])
	r.type == "Microsoft.Insights/diagnosticSettings"
	r.path == "scope"
	s := data.posture.resources[r.id]
}

diagnostic_settings contains s if {
	input.format == "arm"
	full := substring(input.address, count(input.type) + 1, -1)
	prefix := lower(sprintf("%s/providers/diagnosticSettings/%s/Microsoft.Insights/", [input.type, full]))
	some s in object.get(data.posture.by_type, concat("", [input.type, "/providers/diagnosticSettings"]), {})
	startswith(lower(s.address), prefix)
}

# enabled_logs are the log entries of a diagnostic setting that are on.
enabled_logs(setting) := [l |
	some l in object.get(setting.resource, ["properties", "logs"], [])
	object.get(l, "enabled", false) == true
]

# enables_logs holds when a diagnostic setting sends at least one log
# category or category group (audit, allLogs, or named categories).
enables_logs(setting) if count(enabled_logs(setting)) > 0

# logs_unknown holds when part of a diagnostic setting's log list is
# unknown (a dynamic block over an input, a parameter): what it exports
# cannot be decided.
logs_unknown(setting) if lib.unknown_under(setting, "properties.logs")

# exports_log holds when a diagnostic setting sends the log category
# (case-insensitively) or a category group that holds it (groups: the
# category groups that include the category, lower case, e.g.
# {"audit", "alllogs"}).
exports_log(setting, category, groups) if {
	some l in enabled_logs(setting)
	lib.eq_ci(object.get(l, "category", ""), category)
}

exports_log(setting, _, groups) if {
	some l in enabled_logs(setting)
	lower(object.get(l, "categoryGroup", "")) in groups
}

# private_endpoint_links are the private endpoint connections of the scan
# that target this resource: {"endpoint": name, "groups": [...] or null
# when the sub-resources are unknown}. Automatic and manual connections
# count alike.
private_endpoint_links contains {"endpoint": pe.name, "groups": groups} if {
	some r in object.get(data.posture.referrers, input.id, [])
	r.type == "Microsoft.Network/privateEndpoints"
	pe := data.posture.resources[r.id]
	some field in ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"]
	some i, conn in object.get(pe.resource, ["properties", field], [])
	r.path == sprintf("properties.%s[%d].properties.privateLinkServiceId", [field, i])
	groups := _pe_groups(pe, field, i, conn)
}

_pe_groups(pe, field, i, _) := null if {
	pe.unknown[sprintf("properties.%s[%d].properties.groupIds", [field, i])]
} else := object.get(conn, ["properties", "groupIds"], []) if {
	conn := pe.resource.properties[field][i]
}

# private_endpoint_for holds when a private endpoint of the scan connects
# to this resource's sub-resource group (an unknown sub-resource list is
# given the benefit of the doubt), or the resource itself lists an
# approved private endpoint connection.
private_endpoint_for(group) if {
	some l in private_endpoint_links
	l.groups == null
}

private_endpoint_for(group) if {
	some l in private_endpoint_links
	some g in l.groups
	lib.eq_ci(g, group)
}

private_endpoint_for(_) if approved_private_endpoint_connection

# approved_private_endpoint_connection holds when the resource itself
# declares an approved private endpoint connection (ARM
# properties.privateEndpointConnections).
approved_private_endpoint_connection if {
	some c in object.get(input.resource, ["properties", "privateEndpointConnections"], [])
	lib.eq_ci(object.get(c, ["properties", "privateLinkServiceConnectionState", "status"], ""), "Approved")
}

# --- Defender for Cloud plans (AZ-DEF) ---

# pricing_plan is the plan a Microsoft.Security/pricings resource sets
# (the ARM resource name; Terraform resource_type).
pricing_plan := input.resource.name

# pricing_anchor holds on one pricing resource of the scan (the smallest
# id), where findings about plans the scan leaves out are reported once.
pricing_anchor if {
	input.type == "Microsoft.Security/pricings"
	ids := {id | some id, _ in object.get(data.posture.by_type, "Microsoft.Security/pricings", {})}
	input.id == min(ids)
}

# plan_declared holds when some pricing resource of the scan sets plan, or
# names a plan the scan cannot know (it may be that one).
plan_declared(plan) if {
	some r in object.get(data.posture.by_type, "Microsoft.Security/pricings", {})
	lib.eq_ci(object.get(r.resource, "name", ""), plan)
}

plan_declared(_) if {
	some r in object.get(data.posture.by_type, "Microsoft.Security/pricings", {})
	r.unknown.name
}

# plan_findings are the findings of the Defender plan rule for plan
# (e.g. "AI"), on this pricing resource: the plan set to a tier other
# than Standard, or, on the anchor, the plan left out although the scan
# manages Defender plans (review unless the scan is complete).
plan_findings(plan, title) := {f |
	some f in _plan_off(plan, title)
} | {f |
	some f in _plan_missing(plan, title)
}

_plan_off(plan, title) := {{"msg": msg, "path": path} |
	lib.eq_ci(pricing_plan, plan)
	path := ["properties", "pricingTier"]
	tier := object.get(input.resource, path, "Free")
	not lib.eq_ci(tier, "Standard")
	msg := sprintf("Defender for Cloud plan %s (%s) is not on: %s.", [
		plan, title,
		lib.found(path, "the plan is Free, off, by default"),
	])
}

_plan_missing(plan, title) := {{"msg": msg, "status": lib.graph_status} |
	pricing_anchor
	not plan_declared(plan)
	msg := sprintf("Defender for Cloud plan %s (%s) is not configured: this configuration manages Defender plans but sets none for %s, which stays Free (off) unless enabled elsewhere.", [plan, title, plan])
}

# site_label names an App Service site for messages; for its config/web
# child (named "<site>/web"), the site it configures.
site_label := sprintf("%q", [split(input.resource.name, "/")[0]]) if {
	input.type in {"Microsoft.Web/sites/config", "Microsoft.Web/sites/slots/config"}
	is_string(input.resource.name)
} else := lib.label

# --- Server firewall rules (SQL, PostgreSQL, MySQL, Synapse) ---

# ipv4(s) is the IPv4 address s ("10.0.0.1") as a number; undefined for
# anything else.
ipv4(s) := n if {
	parts := split(trim_space(s), ".")
	count(parts) == 4
	nums := [x | some p in parts; x := to_number(p); x >= 0; x <= 255]
	count(nums) == 4
	n := (((((nums[0] * 256) + nums[1]) * 256) + nums[2]) * 256) + nums[3]
}

# firewall_admits_internet holds for a firewall rule resource whose range,
# properties.startIpAddress to properties.endIpAddress, is every IPv4
# address.
firewall_admits_internet if {
	ipv4(input.resource.properties.startIpAddress) == 0
	ipv4(input.resource.properties.endIpAddress) == 4294967295
}

# AKS Automatic ----------------------------------------------------------

# aks_automatic holds for an AKS Automatic cluster (sku.name "Automatic").
# Its preconfigured features are on and cannot be turned off: Azure RBAC
# for Kubernetes authorization with Microsoft Entra ID, workload identity
# with the OIDC issuer, deployment safeguards through the Azure Policy
# add-on; its network defaults to Azure CNI Overlay powered by Cilium
# (learn.microsoft.com/azure/aks/intro-aks-automatic).
aks_automatic if lib.eq_ci(object.get(input.resource, ["sku", "name"], ""), "Automatic")

# aks_sku_status is the status of a finding that holds only because the
# cluster is not AKS Automatic: "review" when its SKU is not known, since
# neither is whether the feature comes preconfigured.
aks_sku_status := "fail" if lib.known_with_ancestors(["sku", "name"])

else := "review"

# aks_standard_default describes the default of a feature that AKS
# Automatic preconfigures, for messages: off on AKS Standard (the Base
# SKU) only.
aks_standard_default(what) := sprintf("%s on AKS Standard clusters; AKS Automatic clusters preconfigure it", [what])
