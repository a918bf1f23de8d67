# METADATA
# title: Cloud Run service ingress is not open to all traffic
# description: |
#   With ingress "all" a Cloud Run service's run.app URL takes requests from
#   the whole internet, past any load balancer, Cloud Armor policy or VPC
#   Service Controls perimeter placed in front of it. Internal ingress (or
#   internal and Cloud Load Balancing) keeps the model API reachable only
#   through the paths that are guarded. Cloud Run's default is all traffic.
# custom:
#   id: GCP-RUN-002
#   severity: medium
#   resource_types: [google_cloud_run_service, google_cloud_run_v2_service]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       On `google_cloud_run_v2_service` set `ingress = "INGRESS_TRAFFIC_INTERNAL_ONLY"` (or `"INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"` behind an external load balancer); on `google_cloud_run_service` set the annotation `"run.googleapis.com/ingress" = "internal"` (or `"internal-and-cloud-load-balancing"`) in `metadata.annotations`.
#   fix:
#     terraform: {set: {ingress: "INGRESS_TRAFFIC_INTERNAL_ONLY"}}
#   since: 0.2.0
package posture.gcp.run.ingress

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["ingress"]} if {
	input.type == "google_cloud_run_v2_service"
	object.get(input.resource, "ingress", "INGRESS_TRAFFIC_ALL") == "INGRESS_TRAFFIC_ALL"
	msg := sprintf("Cloud Run service %s accepts requests from the whole internet: %s.", [
		terraform.label, terraform.found(["ingress"], "Cloud Run allows all traffic by default"),
	])
}

annotation := ["metadata", 0, "annotations", "run.googleapis.com/ingress"]

deny contains {"msg": msg, "path": annotation} if {
	input.type == "google_cloud_run_service"
	object.get(input.resource, annotation, "all") == "all"
	msg := sprintf("Cloud Run service %s accepts requests from the whole internet: %s.", [
		terraform.label, found,
	])
}

found := sprintf("the metadata annotation \"run.googleapis.com/ingress\" is %q", [input.resource.metadata[0].annotations["run.googleapis.com/ingress"]]) if {
	input.resource.metadata[0].annotations["run.googleapis.com/ingress"]
} else := "the metadata annotation \"run.googleapis.com/ingress\" is not set (Cloud Run allows all traffic by default)"
