# METADATA
# title: Storage account network access restricted (default action Deny or public access disabled)
# description: |
#   An open storage firewall exposes the data plane to the whole internet
#   even when blobs are private: a leaked key or SAS token can be replayed
#   from anywhere. Deny by default and allow selected networks, or disable
#   public network access and use private endpoints.
# custom:
#   id: AZ-ST-005
#   severity: high
#   resource_types: [Microsoft.Storage/storageAccounts]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-azure: ["4.7"]
#   defender: Storage accounts should restrict network access
#   remediation:
#     terraform: >-
#       Add `network_rules { default_action = "Deny" }` (or an `azurerm_storage_account_network_rules` resource) with the allowed `ip_rules` and `virtual_network_subnet_ids`, or set `public_network_access_enabled = false`.
#     arm: >-
#       Set `"networkAcls": { "defaultAction": "Deny", ... }` in the account's `properties`, or `"publicNetworkAccess": "Disabled"`.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     arm: {set: {properties.publicNetworkAccess: "Disabled"}}
#   since: 0.1.0
package posture.azure.storage.network_restricted

import data.posture.lib

pna := ["properties", "publicNetworkAccess"]

action := ["properties", "networkAcls", "defaultAction"]

public if {
	lib.known("properties.publicNetworkAccess")
	not lib.eq_ci(object.get(input.resource, pna, "Enabled"), "Disabled")
}

# The azurerm mapping: network rules may come from a separate
# azurerm_storage_account_network_rules resource outside the scan.
azurerm if input.names["properties.networkAcls.defaultAction"]

deny contains {"msg": msg, "path": action} if {
	public
	value := input.resource.properties.networkAcls.defaultAction
	not lib.eq_ci(value, "Deny")
	msg := sprintf("Storage account %s accepts traffic from any network: %s and %s.", [
		lib.label,
		lib.found(action, ""),
		lib.found(pna, "public network access is enabled by default"),
	])
}

deny contains {"msg": msg, "path": action} if {
	public
	not azurerm
	not lib.has_value(action)
	lib.known_under("properties.networkAcls")
	msg := sprintf("Storage account %s accepts traffic from any network: %s and %s.", [
		lib.label,
		lib.found(action, "Azure then allows all networks"),
		lib.found(pna, "public network access is enabled by default"),
	])
}

# Terraform: with no network_rules block, the rules may be set by an
# azurerm_storage_account_network_rules resource in another configuration.
deny contains {"msg": msg, "path": pna, "status": lib.graph_status} if {
	public
	azurerm
	not lib.has_value(action)
	lib.known_under("properties.networkAcls")
	msg := sprintf("Storage account %s accepts traffic from any network: it has no network_rules block and no azurerm_storage_account_network_rules resource in the scan, and %s.", [
		lib.label,
		lib.found(pna, "public network access is enabled by default"),
	])
}
