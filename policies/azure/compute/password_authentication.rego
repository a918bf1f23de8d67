# METADATA
# title: Linux virtual machines and scale sets use SSH keys, not passwords
# description: |
#   Password authentication exposes the SSH service of GPU and inference
#   hosts to password guessing and credential stuffing. With password
#   authentication disabled, only holders of an authorised key can sign in.
# custom:
#   id: AZ-VM-001
#   severity: high
#   resource_types: [Microsoft.Compute/virtualMachines, Microsoft.Compute/virtualMachineScaleSets]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-6]
#   defender: Authentication to Linux machines should require SSH keys
#   remediation:
#     terraform: >-
#       Set `disable_password_authentication = true` (the default) with an `admin_ssh_key` block, and remove `admin_password`; on the legacy `azurerm_virtual_machine`, `os_profile_linux_config { disable_password_authentication = true }` with `ssh_keys`.
#     arm: >-
#       Set `"disablePasswordAuthentication": true` in `osProfile.linuxConfiguration` with `ssh.publicKeys`, and remove `adminPassword`.
#   fix:
#     terraform:
#       set: {disable_password_authentication: true}
#     terraform/azurerm_virtual_machine:
#       set: {os_profile_linux_config.disable_password_authentication: true}
#     arm:
#       none: "the fix needs an SSH public key in osProfile.linuxConfiguration.ssh as well"
#   since: 0.2.0
package posture.azure.compute.password_authentication

import data.posture.lib

# The VM body: a virtual machine's properties, or the profile of the
# instances of a scale set.
profile := ["properties"] if input.type == "Microsoft.Compute/virtualMachines"

profile := ["properties", "virtualMachineProfile"] if input.type == "Microsoft.Compute/virtualMachineScaleSets"

what := "Virtual machine" if input.type == "Microsoft.Compute/virtualMachines"

what := "Scale set" if input.type == "Microsoft.Compute/virtualMachineScaleSets"

linux := array.concat(profile, ["osProfile", "linuxConfiguration"])

deny contains {"msg": msg, "path": path} if {
	lib.has_value(linux)
	path := array.concat(linux, ["disablePasswordAuthentication"])
	object.get(input.resource, path, false) != true
	msg := sprintf("%s %s accepts SSH password sign-in: %s.", [what, lib.label, lib.found(path, "passwords are accepted when no value is given")])
}
