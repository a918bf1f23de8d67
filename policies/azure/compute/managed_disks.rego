# METADATA
# title: Virtual machines use managed disks
# description: |
#   Unmanaged disks are page blobs in a storage account: they inherit that
#   account's keys and network exposure, and miss the encryption, access and
#   backup controls of managed disks. Unmanaged disks are retired.
# custom:
#   id: AZ-VM-005
#   severity: low
#   resource_types: [Microsoft.Compute/virtualMachines]
#   formats: [terraform, arm]
#   control: Implement security best practices
#   compliance:
#     mcsb: [DP-4]
#   defender: Audit VMs that do not use managed disks
#   remediation:
#     terraform: >-
#       Replace `storage_os_disk { vhd_uri = ... }` with a managed disk (`managed_disk_type`), or move to `azurerm_linux_virtual_machine`.
#     arm: >-
#       Replace `storageProfile.osDisk.vhd` with `managedDisk`.
#   since: 0.2.0
package posture.azure.compute.managed_disks

import data.posture.lib

path := ["properties", "storageProfile", "osDisk", "vhd", "uri"]

deny contains {"msg": msg, "path": path} if {
	lib.has_value(path)
	msg := sprintf("Virtual machine %s keeps its OS disk in a storage account blob instead of a managed disk: %s.", [lib.label, lib.found(path, "")])
}
