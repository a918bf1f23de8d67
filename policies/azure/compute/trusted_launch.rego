# METADATA
# title: Virtual machines and scale sets use Trusted Launch with Secure Boot and vTPM
# description: |
#   Secure Boot and a virtual TPM protect GPU and inference hosts against
#   boot kits, rootkits and kernel-level malware, and let Defender for Cloud
#   attest boot integrity.
# custom:
#   id: AZ-VM-003
#   severity: medium
#   resource_types: [Microsoft.Compute/virtualMachines, Microsoft.Compute/virtualMachineScaleSets]
#   formats: [terraform, arm]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-4]
#   defender: Secure Boot should be enabled on supported Windows virtual machines; vTPM should be enabled on supported virtual machines
#   remediation:
#     terraform: >-
#       Set `secure_boot_enabled = true` and `vtpm_enabled = true` with a Generation 2 image (both force a new VM).
#     arm: >-
#       Set `"securityProfile": {"securityType": "TrustedLaunch", "uefiSettings": {"secureBootEnabled": true, "vTpmEnabled": true}}` with a Generation 2 image.
#   since: 0.2.0
package posture.azure.compute.trusted_launch

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

uefi := array.concat(profile, ["securityProfile", "uefiSettings"])

features := [["secureBootEnabled", "Secure Boot"], ["vTpmEnabled", "a virtual TPM"]]

off_desc := "azurerm_virtual_machine cannot turn it on" if legacy

else := "off unless Trusted Launch is requested"

# missing are the features that are not on, in order.
missing := [f |
	some f in features
	object.get(input.resource, array.concat(uefi, [f[0]]), false) != true
]

# One finding per machine, at the first feature missing.
deny contains {"msg": msg, "path": path} if {
	count(missing) > 0
	path := array.concat(uefi, [missing[0][0]])
	msg := sprintf("%s %s boots without %s: %s.", [
		what, lib.label,
		concat(" and ", [f[1] | some f in missing]),
		concat(", ", [lib.found(array.concat(uefi, [f[0]]), off_desc) | some f in missing]),
	])
}
