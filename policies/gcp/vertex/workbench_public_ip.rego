# METADATA
# title: Vertex AI Workbench instance has no public IP
# description: |
#   An external IP exposes the notebook VM and Jupyter to the internet and
#   gives it direct egress for data exfiltration. Workbench instances get a
#   public IP unless gce_setup.disable_public_ip is true (legacy notebooks:
#   no_public_ip).
# custom:
#   id: GCP-VAI-001
#   severity: high
#   resource_types: [google_workbench_instance, google_notebooks_instance]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `gce_setup { disable_public_ip = true }` (legacy `google_notebooks_instance`: `no_public_ip = true`) and give the subnet Cloud NAT or Private Google Access.
#   fix:
#     terraform: {set: {gce_setup.disable_public_ip: true}}
#     terraform/google_notebooks_instance: {set: {no_public_ip: true}}
#   since: 0.1.0
package posture.gcp.vertex.workbench_public_ip

import data.posture.lib.terraform

setting := {
	"google_workbench_instance": ["gce_setup", 0, "disable_public_ip"],
	"google_notebooks_instance": ["no_public_ip"],
}

deny contains {"msg": msg, "path": path} if {
	path := setting[input.type]
	object.get(input.resource, path, false) != true
	msg := sprintf("Notebook instance %s gets a public IP: %s.", [terraform.label, terraform.found(path, "the default is false")])
}
