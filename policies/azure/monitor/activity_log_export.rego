# METADATA
# title: Subscription activity log exported
# description: |
#   The activity log records control-plane changes to AI resources (key
#   regeneration, network and identity changes, policy exemptions) and is
#   kept for only 90 days. A subscription diagnostic setting must export
#   its Administrative, Security and Policy categories to a workspace,
#   storage account or event hub.
# custom:
#   id: AZ-MON-001
#   severity: medium
#   resource_types: [Microsoft.Insights/diagnosticSettings, Microsoft.Security/pricings, Microsoft.Resources/resourceGroups]
#   formats: [terraform, arm]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     cis-azure: ["6.1.1"]
#   remediation:
#     terraform: >-
#       Add an `azurerm_monitor_diagnostic_setting` with `target_resource_id = data.azurerm_subscription.current.id` (or `"/subscriptions/<id>"`) and `enabled_log` blocks for the `Administrative`, `Security` and `Policy` categories.
#     arm: >-
#       In a subscription-scope template, add a `Microsoft.Insights/diagnosticSettings` resource (no `scope`) with `"logs"` enabling the `Administrative`, `Security` and `Policy` categories.
#   since: 0.1.0
package posture.azure.monitor.activity_log_export

import data.posture.lib
import data.posture.lib.azure

required := ["Administrative", "Security", "Policy"]

setting_type := "Microsoft.Insights/diagnosticSettings"

# subscription_setting holds for a diagnostic setting of the subscription:
# an ARM resource with no scope (in a subscription-scope template), or a
# Terraform target_resource_id that is a subscription id.
subscription_setting(s) if {
	s.type == setting_type
	s.format == "arm"
	not s.resource.scope
	not s.unknown.scope
}

subscription_setting(s) if {
	s.type == setting_type
	regex.match(`^/subscriptions/[^/]+/?$`, s.resource.scope)
}

# A setting whose target cannot be known may be the subscription's.
maybe_subscription(s) if {
	s.type == setting_type
	s.unknown.scope
	count([r | some r in s.refs; r.path == "scope"]) == 0
}

subscription_settings := [s |
	some s in object.get(data.posture.by_type, setting_type, {})
	subscription_setting(s)
]

exported(c) if {
	some s in subscription_settings
	azure.exports_log(s, c, {"alllogs"})
}

# Reported once, on the subscription setting with the smallest id.
deny contains {"msg": msg, "path": logs_path} if {
	input.type == setting_type
	subscription_setting(input)
	input.id == min({s.id | some s in subscription_settings})
	not undecided
	missing := [c | some c in required; not exported(c)]
	count(missing) > 0
	msg := sprintf("The subscription activity log is not fully exported: diagnostic setting %s (and any other subscription setting in the scan) leaves out the %s categor%s.", [
		lib.label, concat(" and ", missing), plural(count(missing)),
	])
}

# The entry that turns a missing category off, the line to edit; else the
# first log entry (a Terraform enabled_log block has a range, the list of
# them does not), else the list.
logs_path := ["properties", "logs", min(turned_off), "enabled"] if count(turned_off) > 0

else := ["properties", "logs", 0] if count(input.resource.properties.logs) > 0

else := ["properties", "logs"]

# turned_off are the indexes of the log entries that disable a required
# category no setting exports.
turned_off contains i if {
	some i, l in input.resource.properties.logs
	l.enabled == false
	some c in required
	lib.eq_ci(object.get(l, "category", ""), c)
	not exported(c)
}

plural(1) := "y"

plural(n) := "ies" if n != 1

undecided if {
	some s in subscription_settings
	azure.logs_unknown(s)
}

undecided if {
	some s in object.get(data.posture.by_type, setting_type, {})
	maybe_subscription(s)
}

# Subscription-level resources show that the configuration manages the
# subscription; none of its diagnostic settings is the subscription's.
anchor_types := {"Microsoft.Security/pricings", "Microsoft.Resources/resourceGroups"}

deny contains {"msg": msg, "status": lib.graph_status} if {
	input.type in anchor_types
	input.id == min({r.id | some t in anchor_types; some r in object.get(data.posture.by_type, t, {})})
	count(subscription_settings) == 0
	not undecided
	msg := sprintf("The subscription's activity log is not exported: this configuration manages the subscription (%s %s) but has no subscription diagnostic setting exporting the Administrative, Security and Policy categories.", [input.type, lib.label])
}
