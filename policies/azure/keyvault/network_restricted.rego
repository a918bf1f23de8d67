# METADATA
# title: Key Vault public network access disabled or firewall default Deny
# description: |
#   A vault endpoint reachable from any network lets a stolen token or
#   misconfigured access read the keys and secrets of AI and data services
#   from anywhere. Disable public network access, or deny by default and
#   allow selected networks.
# custom:
#   id: AZ-KV-003
#   severity: high
#   resource_types: [Microsoft.KeyVault/vaults]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [DP-8, NS-2]
#   defender: Azure Key Vault should have firewall enabled or public network access disabled
#   remediation:
#     terraform: >-
#       Add `network_acls { default_action = "Deny", bypass = "AzureServices" }` with the allowed `ip_rules`/`virtual_network_subnet_ids`, or set `public_network_access_enabled = false`.
#     arm: >-
#       Set `"networkAcls": { "defaultAction": "Deny", ... }` in the vault's `properties`, or `"publicNetworkAccess": "Disabled"`.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     arm: {set: {properties.publicNetworkAccess: "Disabled"}}
#   since: 0.1.0
package posture.azure.keyvault.network_restricted

import data.posture.lib

pna := ["properties", "publicNetworkAccess"]

action := ["properties", "networkAcls", "defaultAction"]

deny contains {"msg": msg, "path": action} if {
	lib.known("properties.publicNetworkAccess")
	not lib.eq_ci(object.get(input.resource, pna, "Enabled"), "Disabled")
	not lib.eq_ci(object.get(input.resource, action, "Allow"), "Deny")
	msg := sprintf("Key Vault %s accepts traffic from any network: %s and %s.", [
		lib.label,
		lib.found(action, "all networks are allowed by default"),
		lib.found(pna, "public network access is enabled by default"),
	])
}
