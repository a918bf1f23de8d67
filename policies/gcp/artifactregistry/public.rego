# METADATA
# title: Artifact Registry repository not public (allUsers / allAuthenticatedUsers)
# description: |
#   A repository shared with allUsers or allAuthenticatedUsers lets anyone
#   pull the model-serving images, packages and model artifacts in it, with
#   whatever they embed; a public writer grant lets anyone replace them, a
#   supply-chain compromise of every workload that pulls them.
# custom:
#   id: GCP-AR-001
#   severity: high
#   resource_types: [google_artifact_registry_repository_iam_member, google_artifact_registry_repository_iam_binding, google_artifact_registry_repository_iam_policy]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   remediation:
#     terraform: >-
#       Remove `allUsers` and `allAuthenticatedUsers` from the repository's IAM members; grant `roles/artifactregistry.reader` to the service accounts of the clusters and services that pull.
#   fix:
#     none: the pullers have to be granted access before the public member is removed
#   since: 0.2.0
package posture.gcp.artifactregistry.public

import data.posture.lib.gcp
import data.posture.lib.terraform

# Roles that can push or administer: a public grant of one is a supply-chain
# compromise, not a leak.
write_roles := {
	"roles/artifactregistry.writer",
	"roles/artifactregistry.repoAdmin",
	"roles/artifactregistry.admin",
	"roles/artifactregistry.createOnPushWriter",
	"roles/artifactregistry.createOnPushRepoAdmin",
	"roles/owner",
	"roles/editor",
}

deny contains finding if {
	some g in gcp.public_grants
	finding := object.union(
		{
			"msg": sprintf("%s makes the Artifact Registry repository public: %s is granted %s%s.", [
				terraform.label, g.member, gcp.role_desc(g.role), impact(g.role),
			]),
			"path": g.path,
		},
		severity(g.role),
	)
}

severity(role) := {"severity": "critical"} if role in write_roles

else := {}

impact(role) := " (anyone can replace its images)" if role in write_roles

else := ""
