# METADATA
# title: Managed disks cannot be exported or imported from any network
# description: |
#   With network access policy AllowAll, anyone holding a SAS URI can
#   download the disk (a copy of the datasets or model weights on it) from
#   anywhere. DenyAll, or AllowPrivate through a disk access resource,
#   closes that path.
# custom:
#   id: AZ-DISK-001
#   severity: medium
#   resource_types: [Microsoft.Compute/disks]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Managed disks should disable public network access
#   remediation:
#     terraform: >-
#       Set `network_access_policy = "DenyAll"` (or "AllowPrivate" with `disk_access_id`) and `public_network_access_enabled = false`.
#     arm: >-
#       Set `"networkAccessPolicy": "DenyAll"` (or "AllowPrivate" with `diskAccessId`) and `"publicNetworkAccess": "Disabled"` in `properties`.
#   fix:
#     terraform:
#       set: {network_access_policy: "DenyAll"}
#     arm:
#       set: {properties.networkAccessPolicy: "DenyAll"}
#   since: 0.2.0
package posture.azure.disk.network_access

import data.posture.lib

path := ["properties", "networkAccessPolicy"]

deny contains {"msg": msg, "path": path} if {
	policy := object.get(input.resource, path, "AllowAll")
	lib.eq_ci(policy, "AllowAll")
	not lib.eq_ci(object.get(input.resource, ["properties", "publicNetworkAccess"], "Enabled"), "Disabled")
	lib.known("properties.publicNetworkAccess")
	msg := sprintf("Managed disk %s can be exported through a SAS URI from any network: %s.", [lib.label, lib.found(path, "AllowAll by default")])
}
