# METADATA
# title: Key Vault reachable through a private endpoint
# description: |
#   A private endpoint keeps secret and key retrieval by AI workloads on the
#   Microsoft backbone and lets the vault's public endpoint be closed.
#   Without one, every client reaches the vault over its public endpoint.
# custom:
#   id: AZ-KV-004
#   severity: medium
#   resource_types: [Microsoft.KeyVault/vaults]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [DP-8, NS-2]
#   defender: Azure Key Vaults should use private link
#   remediation:
#     terraform: >-
#       Add an `azurerm_private_endpoint` whose `private_service_connection` has `private_connection_resource_id = azurerm_key_vault.<name>.id` and `subresource_names = ["vault"]`.
#     arm: >-
#       Add a `Microsoft.Network/privateEndpoints` resource whose `privateLinkServiceConnections[].properties` have `"privateLinkServiceId"` set to the vault's id and `"groupIds": ["vault"]`.
#   fix:
#     none: >-
#       a private endpoint is a new resource in a subnet you choose: a design, not an edit
#   since: 0.1.0
package posture.azure.keyvault.private_endpoint

import data.posture.lib
import data.posture.lib.azure

# A private endpoint of the scan targets the vault, but not its vault
# sub-resource: the connection does not give private access.
deny contains {"msg": msg} if {
	input.type == "Microsoft.KeyVault/vaults"
	not azure.private_endpoint_for("vault")
	some l in azure.private_endpoint_links
	msg := sprintf("Key Vault %s has no usable private endpoint: private endpoint %q connects to sub-resource %s, not \"vault\".", [
		lib.label, l.endpoint, concat(", ", [sprintf("%q", [g]) | some g in l.groups]),
	])
}

# No private endpoint at all: it may be declared in another configuration
# unless the scan is complete.
deny contains {"msg": msg, "status": lib.graph_status} if {
	input.type == "Microsoft.KeyVault/vaults"
	not azure.private_endpoint_for("vault")
	count(azure.private_endpoint_links) == 0
	msg := sprintf("Key Vault %s is not reachable through a private endpoint: no private endpoint in the scan connects to it.", [lib.label])
}
