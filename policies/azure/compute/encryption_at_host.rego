# METADATA
# title: Virtual machines and scale sets encrypt at host
# description: |
#   Encryption at host encrypts temporary disks, caches and the data flowing
#   to managed disks on the VM host, where training data and model weights
#   pass through. Server-side encryption of the disks alone leaves them in
#   clear on the host.
# custom:
#   id: AZ-VM-002
#   severity: medium
#   resource_types: [Microsoft.Compute/virtualMachines, Microsoft.Compute/virtualMachineScaleSets]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#   defender: Virtual machines and virtual machine scale sets should have encryption at host enabled
#   remediation:
#     terraform: >-
#       Set `encryption_at_host_enabled = true` (register the EncryptionAtHost feature on the subscription first); the legacy `azurerm_virtual_machine` cannot set it: move to `azurerm_linux_virtual_machine` or `azurerm_windows_virtual_machine`.
#     arm: >-
#       Set `"securityProfile": {"encryptionAtHost": true}` in the VM's `properties` (the scale set's `virtualMachineProfile`).
#   fix:
#     terraform:
#       set: {encryption_at_host_enabled: true}
#     terraform/azurerm_virtual_machine:
#       none: "the legacy resource has no encryption at host argument"
#     arm/Microsoft.Compute/virtualMachines:
#       set: {properties.securityProfile.encryptionAtHost: true}
#     arm/Microsoft.Compute/virtualMachineScaleSets:
#       set: {properties.virtualMachineProfile.securityProfile.encryptionAtHost: true}
#   since: 0.2.0
package posture.azure.compute.encryption_at_host

import data.posture.lib

# The VM body: a virtual machine's properties, or the profile of the
# instances of a scale set.
profile := ["properties"] if input.type == "Microsoft.Compute/virtualMachines"

profile := ["properties", "virtualMachineProfile"] if input.type == "Microsoft.Compute/virtualMachineScaleSets"

what := "Virtual machine" if input.type == "Microsoft.Compute/virtualMachines"

what := "Scale set" if input.type == "Microsoft.Compute/virtualMachineScaleSets"

# The legacy azurerm_virtual_machine has no argument for the newer
# security features.
legacy if {
	lib.is_terraform
	regex.match(`(^|\.)azurerm_virtual_machine\.`, input.address)
}

off_desc := "azurerm_virtual_machine cannot turn it on" if legacy

else := "off by default"

deny contains {"msg": msg, "path": path} if {
	path := array.concat(profile, ["securityProfile", "encryptionAtHost"])
	object.get(input.resource, path, false) != true
	msg := sprintf("%s %s does not encrypt its temporary disks and disk caches on the host: %s.", [what, lib.label, lib.found(path, off_desc)])
}
