# METADATA
# title: No Azure SQL firewall rule open to the internet
# description: |
#   A firewall rule from 0.0.0.0 to 255.255.255.255 exposes the server's TDS
#   endpoint to password spraying from the whole internet. The special
#   rule 0.0.0.0 to 0.0.0.0 ("Allow Azure services") admits every Azure
#   tenant's resources, not only yours.
# custom:
#   id: AZ-SQL-003
#   severity: critical
#   resource_types: [Microsoft.Sql/servers/firewallRules]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Narrow `start_ip_address`/`end_ip_address` of the `azurerm_mssql_firewall_rule` to the addresses that need access, or remove it and use a private endpoint; replace the 0.0.0.0 "Azure services" rule with private endpoints or virtual network rules.
#     arm: >-
#       Narrow `startIpAddress`/`endIpAddress` of the `Microsoft.Sql/servers/firewallRules` resource, or remove it and use a private endpoint.
#   params:
#     max_addresses: 0
#   since: 0.1.0
package posture.azure.sql.firewall_open

import data.posture.lib

start := ["properties", "startIpAddress"]

end := ["properties", "endIpAddress"]

# ip4 is an IPv4 address as a number.
ip4(s) := n if {
	parts := split(trim_space(s), ".")
	count(parts) == 4
	nums := [x | some p in parts; x := to_number(p); x >= 0; x <= 255]
	count(nums) == 4
	n := (((((nums[0] * 256) + nums[1]) * 256) + nums[2]) * 256) + nums[3]
}

range_desc := sprintf("%s to %s", [input.resource.properties.startIpAddress, input.resource.properties.endIpAddress])

deny contains {"msg": msg, "path": start} if {
	ip4(input.resource.properties.startIpAddress) == 0
	ip4(input.resource.properties.endIpAddress) == 4294967295
	msg := sprintf("SQL firewall rule %s admits every IPv4 address (%s).", [lib.label, range_desc])
}

# 0.0.0.0-0.0.0.0 is "Allow Azure services": any Azure resource, in any
# tenant.
deny contains {"msg": msg, "path": start, "severity": "medium"} if {
	ip4(input.resource.properties.startIpAddress) == 0
	ip4(input.resource.properties.endIpAddress) == 0
	msg := sprintf("SQL firewall rule %s (0.0.0.0 to 0.0.0.0) allows access from all Azure services, including resources of other tenants.", [lib.label])
}

# A range wider than the configured limit (max_addresses, 0 = no limit).
deny contains {"msg": msg, "path": start} if {
	lo := ip4(input.resource.properties.startIpAddress)
	hi := ip4(input.resource.properties.endIpAddress)
	not full_range(lo, hi)
	limit := object.get(lib.params("AZ-SQL-003"), "max_addresses", 0)
	limit > 0
	(hi - lo) + 1 > limit
	msg := sprintf("SQL firewall rule %s admits %d addresses (%s), more than the %d allowed.", [lib.label, (hi - lo) + 1, range_desc, limit])
}

full_range(0, 4294967295)
