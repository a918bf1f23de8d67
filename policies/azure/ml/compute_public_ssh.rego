# METADATA
# title: Public SSH disabled on ML compute
# description: |
#   Public SSH on GPU compute instances and cluster nodes is a direct
#   brute-force and credential-stuffing target. In Terraform, declaring an
#   ssh block on a compute instance turns public SSH on; an AmlCompute
#   cluster that does not say (NotSpecified) has its SSH port open unless it
#   is in a virtual network.
# custom:
#   id: AZ-ML-008
#   severity: high
#   resource_types: [Microsoft.MachineLearningServices/workspaces/computes]
#   formats: [terraform, arm]
#   control: Secure management ports
#   compliance:
#     mcsb: [NS-3]
#   remediation:
#     terraform: >-
#       Remove the `ssh` block of the `azurerm_machine_learning_compute_instance` (use Entra ID / the studio terminal), and set `ssh_public_access_enabled = false` on `azurerm_machine_learning_compute_cluster`.
#     arm: >-
#       Set `properties.properties.sshSettings.sshPublicAccess` to `"Disabled"` on compute instances and `properties.properties.remoteLoginPortPublicAccess` to `"Disabled"` on clusters.
#   since: 0.1.0
package posture.azure.ml.compute_public_ssh

import data.posture.lib

instance_ssh := ["properties", "properties", "sshSettings", "sshPublicAccess"]

cluster_ssh := ["properties", "properties", "remoteLoginPortPublicAccess"]

subnet := ["properties", "properties", "subnet", "id"]

deny contains {"msg": msg, "path": instance_ssh} if {
	lib.eq_ci(input.resource.properties.properties.sshSettings.sshPublicAccess, "Enabled")
	lib.eq_ci(input.resource.properties.computeType, "ComputeInstance")
	msg := sprintf("Compute instance %s opens SSH to the internet: %s.", [lib.label, instance_ssh_found])
}

instance_ssh_found := "an ssh block is declared, which makes azurerm enable public SSH access" if {
	lib.is_terraform
	lib.attr(lib.path_string(instance_ssh)) == "ssh"
} else := lib.found(instance_ssh, "")

deny contains {"msg": msg, "path": cluster_ssh} if {
	lib.eq_ci(input.resource.properties.properties.remoteLoginPortPublicAccess, "Enabled")
	lib.eq_ci(input.resource.properties.computeType, "AmlCompute")
	msg := sprintf("Compute cluster %s opens SSH on its nodes to the internet: %s.", [
		lib.label,
		lib.found(cluster_ssh, ""),
	])
}

deny contains {"msg": msg, "path": cluster_ssh} if {
	lib.eq_ci(object.get(input.resource, cluster_ssh, "NotSpecified"), "NotSpecified")
	lib.eq_ci(input.resource.properties.computeType, "AmlCompute")
	object.get(input.resource, subnet, "") == ""
	lib.known_with_ancestors(subnet)
	msg := sprintf("Compute cluster %s opens SSH on its nodes to the internet: %s, and it is in no virtual network: %s.", [
		lib.label,
		lib.found(cluster_ssh, "NotSpecified"),
		lib.found(subnet, "no subnet"),
	])
}
