# METADATA
# title: AI Search IP rules do not allow the whole internet
# description: |
#   An IP rule for 0.0.0.0/0, or for any public range broader than the
#   min_prefix_length parameter (default /9, so /0 to /8 fail), silently
#   defeats the AI Search firewall.
# custom:
#   id: AZ-SRCH-005
#   severity: high
#   resource_types: [Microsoft.Search/searchServices]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Remove `0.0.0.0/0` and other very broad ranges from `allowed_ips`; list only the addresses that need access.
#     arm: >-
#       Remove `0.0.0.0/0` and other very broad ranges from `properties.networkRuleSet.ipRules`; list only the addresses that need access.
#   params:
#     min_prefix_length: 9
#   since: 0.1.0
package posture.azure.search.ip_rules_internet

import data.posture.lib

min_prefix := object.get(lib.params("AZ-SRCH-005"), "min_prefix_length", 9)

# Private and reserved ranges a broad rule may cover without reaching the
# internet.
non_public := ["10.0.0.0/8", "127.0.0.0/8", "0.0.0.0/8"]

deny contains {"msg": msg, "path": path} if {
	some i, rule in input.resource.properties.networkRuleSet.ipRules
	value := trim_space(rule.value)
	too_broad(value)
	path := ["properties", "networkRuleSet", "ipRules", i, "value"]
	msg := sprintf("AI Search service %s has an IP rule that allows (nearly) the whole internet: %q.", [lib.label, value])
}

too_broad(v) if v in {"0.0.0.0", "0.0.0.0/0"}

too_broad(v) if {
	parts := split(v, "/")
	count(parts) == 2
	regex.match(`^[0-9]{1,2}$`, parts[1])
	to_number(parts[1]) < min_prefix
	not within_non_public(v)
}

within_non_public(v) if {
	v != "0.0.0.0/0"
	some r in non_public
	net.cidr_contains(r, v)
}
