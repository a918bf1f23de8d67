package terraform

import (
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/posture-dev/posture/parser"
)

// attrTypes are provider schema types of attributes whose values
// configurations write in another type: Terraform converts the value to
// the schema's type before the provider sees it, so from_port = "22" (a
// port that passed through a map(list(any)) variable) is the number 22,
// and protocol = -1 is the string "-1". Only the types the conversion
// changes something for are listed: numbers, bools, and strings and
// string collections that are often written as numbers. Keys are the
// attribute's path with the nested blocks' names and no indexes.
//
// Sources: the attribute references of the hashicorp/aws and
// hashicorp/google providers (registry.terraform.io/providers/hashicorp).
var attrTypes = map[string]map[string]cty.Type{
	"aws_security_group": {
		"ingress.from_port": cty.Number, "ingress.to_port": cty.Number, "ingress.protocol": cty.String, "ingress.self": cty.Bool,
		"egress.from_port": cty.Number, "egress.to_port": cty.Number, "egress.protocol": cty.String, "egress.self": cty.Bool,
		"revoke_rules_on_delete": cty.Bool,
	},
	"aws_security_group_rule": {
		"from_port": cty.Number, "to_port": cty.Number, "protocol": cty.String, "self": cty.Bool,
	},
	"aws_vpc_security_group_ingress_rule": {"from_port": cty.Number, "to_port": cty.Number, "ip_protocol": cty.String},
	"aws_vpc_security_group_egress_rule":  {"from_port": cty.Number, "to_port": cty.Number, "ip_protocol": cty.String},
	"aws_network_acl_rule": {
		"from_port": cty.Number, "to_port": cty.Number, "protocol": cty.String, "rule_number": cty.Number, "egress": cty.Bool,
	},
	"aws_s3_bucket_public_access_block": {
		"block_public_acls": cty.Bool, "block_public_policy": cty.Bool, "ignore_public_acls": cty.Bool, "restrict_public_buckets": cty.Bool,
	},
	"aws_s3_account_public_access_block": {
		"block_public_acls": cty.Bool, "block_public_policy": cty.Bool, "ignore_public_acls": cty.Bool, "restrict_public_buckets": cty.Bool,
	},
	"aws_s3_bucket": {
		"force_destroy": cty.Bool, "object_lock_enabled": cty.Bool,
		"versioning.enabled": cty.Bool, "versioning.mfa_delete": cty.Bool,
		"server_side_encryption_configuration.rule.bucket_key_enabled": cty.Bool,
	},
	"aws_s3_bucket_server_side_encryption_configuration": {"rule.bucket_key_enabled": cty.Bool},
	"aws_kms_key": {
		"enable_key_rotation": cty.Bool, "is_enabled": cty.Bool, "bypass_policy_lockout_safety_check": cty.Bool,
		"multi_region": cty.Bool, "deletion_window_in_days": cty.Number, "rotation_period_in_days": cty.Number,
	},
	"aws_cloudtrail": {
		"enable_logging": cty.Bool, "enable_log_file_validation": cty.Bool, "include_global_service_events": cty.Bool,
		"is_multi_region_trail": cty.Bool, "is_organization_trail": cty.Bool,
	},
	"aws_eks_cluster": {
		"vpc_config.endpoint_private_access": cty.Bool, "vpc_config.endpoint_public_access": cty.Bool,
		"bootstrap_self_managed_addons": cty.Bool,
	},
	"aws_instance": {
		"associate_public_ip_address": cty.Bool, "ebs_optimized": cty.Bool, "monitoring": cty.Bool,
		"disable_api_termination": cty.Bool, "source_dest_check": cty.Bool,
		"metadata_options.http_put_response_hop_limit": cty.Number,
		"root_block_device.encrypted":                  cty.Bool, "root_block_device.volume_size": cty.Number,
		"ebs_block_device.encrypted": cty.Bool, "ebs_block_device.volume_size": cty.Number,
	},
	"aws_launch_template": {
		"metadata_options.http_put_response_hop_limit": cty.Number,
	},
	"aws_vpc":          {"enable_dns_support": cty.Bool, "enable_dns_hostnames": cty.Bool, "assign_generated_ipv6_cidr_block": cty.Bool},
	"aws_vpc_endpoint": {"private_dns_enabled": cty.Bool, "auto_accept": cty.Bool},
	"aws_sagemaker_model": {
		"enable_network_isolation": cty.Bool,
	},
	"aws_sagemaker_notebook_instance": {"volume_size": cty.Number},
	"aws_bedrock_model_invocation_logging_configuration": {
		"logging_config.text_data_delivery_enabled": cty.Bool, "logging_config.image_data_delivery_enabled": cty.Bool,
		"logging_config.embedding_data_delivery_enabled": cty.Bool, "logging_config.video_data_delivery_enabled": cty.Bool,
	},
	"aws_db_instance": {
		"publicly_accessible": cty.Bool, "storage_encrypted": cty.Bool, "multi_az": cty.Bool, "deletion_protection": cty.Bool,
		"iam_database_authentication_enabled": cty.Bool, "backup_retention_period": cty.Number, "port": cty.Number,
	},
	"aws_rds_cluster": {
		"storage_encrypted": cty.Bool, "deletion_protection": cty.Bool, "iam_database_authentication_enabled": cty.Bool,
		"backup_retention_period": cty.Number, "port": cty.Number,
	},
	"aws_rds_cluster_instance":        {"publicly_accessible": cty.Bool},
	"aws_api_gateway_method":          {"api_key_required": cty.Bool},
	"aws_apigatewayv2_route":          {"api_key_required": cty.Bool},
	"aws_api_gateway_method_settings": {"settings.caching_enabled": cty.Bool, "settings.cache_data_encrypted": cty.Bool},
	"aws_ecr_repository":              {"image_scanning_configuration.scan_on_push": cty.Bool},
	"aws_ecs_service":                 {"network_configuration.assign_public_ip": cty.Bool},
	"aws_dynamodb_table":              {"point_in_time_recovery.enabled": cty.Bool, "server_side_encryption.enabled": cty.Bool},
	"aws_dax_cluster":                 {"server_side_encryption.enabled": cty.Bool},
	"aws_opensearch_domain": {
		"encrypt_at_rest.enabled": cty.Bool, "node_to_node_encryption.enabled": cty.Bool,
		"domain_endpoint_options.enforce_https": cty.Bool, "advanced_security_options.enabled": cty.Bool,
		"log_publishing_options.enabled": cty.Bool,
	},
	"aws_elasticsearch_domain": {
		"encrypt_at_rest.enabled": cty.Bool, "node_to_node_encryption.enabled": cty.Bool,
		"domain_endpoint_options.enforce_https": cty.Bool, "advanced_security_options.enabled": cty.Bool,
		"log_publishing_options.enabled": cty.Bool,
	},
	"aws_sqs_queue":                 {"sqs_managed_sse_enabled": cty.Bool},
	"aws_ebs_volume":                {"encrypted": cty.Bool},
	"aws_ebs_encryption_by_default": {"enabled": cty.Bool},
	"aws_lb":                        {"drop_invalid_header_fields": cty.Bool, "access_logs.enabled": cty.Bool},
	"aws_alb":                       {"drop_invalid_header_fields": cty.Bool, "access_logs.enabled": cty.Bool},
	"aws_elb":                       {"access_logs.enabled": cty.Bool},
	"aws_efs_file_system":           {"encrypted": cty.Bool},

	"google_compute_firewall": {
		"disabled": cty.Bool, "priority": cty.Number,
		"allow.ports": cty.List(cty.String), "deny.ports": cty.List(cty.String),
	},
	"google_container_cluster": {
		"enable_legacy_abac": cty.Bool, "enable_shielded_nodes": cty.Bool, "enable_autopilot": cty.Bool,
		"enable_intranode_visibility": cty.Bool, "enable_kubernetes_alpha": cty.Bool, "remove_default_node_pool": cty.Bool,
		"deletion_protection": cty.Bool, "initial_node_count": cty.Number,
		"private_cluster_config.enable_private_nodes": cty.Bool, "private_cluster_config.enable_private_endpoint": cty.Bool,
		"private_cluster_config.master_global_access_config.enabled":                cty.Bool,
		"network_policy.enabled":                                                    cty.Bool,
		"master_authorized_networks_config.gcp_public_cidrs_access_enabled":         cty.Bool,
		"control_plane_endpoints_config.ip_endpoints_config.enabled":                cty.Bool,
		"control_plane_endpoints_config.dns_endpoint_config.allow_external_traffic": cty.Bool,
		"master_auth.client_certificate_config.issue_client_certificate":            cty.Bool,
		"addons_config.network_policy_config.disabled":                              cty.Bool,
		"binary_authorization.enabled":                                              cty.Bool,
		"node_config.preemptible":                                                   cty.Bool, "node_config.spot": cty.Bool,
		"node_config.shielded_instance_config.enable_secure_boot":          cty.Bool,
		"node_config.shielded_instance_config.enable_integrity_monitoring": cty.Bool,
		"node_config.metadata": cty.Map(cty.String),
	},
	"google_container_node_pool": {
		"node_count": cty.Number, "initial_node_count": cty.Number,
		"management.auto_repair": cty.Bool, "management.auto_upgrade": cty.Bool,
		"node_config.preemptible": cty.Bool, "node_config.spot": cty.Bool,
		"node_config.shielded_instance_config.enable_secure_boot":          cty.Bool,
		"node_config.shielded_instance_config.enable_integrity_monitoring": cty.Bool,
		"node_config.metadata": cty.Map(cty.String),
	},
	"google_storage_bucket": {
		"uniform_bucket_level_access": cty.Bool, "force_destroy": cty.Bool, "requester_pays": cty.Bool,
		"default_event_based_hold": cty.Bool, "versioning.enabled": cty.Bool,
	},
	"google_compute_instance": {
		"can_ip_forward": cty.Bool, "deletion_protection": cty.Bool, "enable_display": cty.Bool,
		"shielded_instance_config.enable_secure_boot": cty.Bool, "shielded_instance_config.enable_vtpm": cty.Bool,
		"shielded_instance_config.enable_integrity_monitoring": cty.Bool,
		"metadata": cty.Map(cty.String),
	},
	"google_compute_instance_template": {
		"can_ip_forward": cty.Bool,
		"shielded_instance_config.enable_secure_boot": cty.Bool, "shielded_instance_config.enable_vtpm": cty.Bool,
		"shielded_instance_config.enable_integrity_monitoring": cty.Bool,
		"metadata": cty.Map(cty.String),
	},
	"google_compute_region_instance_template": {
		"can_ip_forward": cty.Bool,
		"shielded_instance_config.enable_secure_boot": cty.Bool, "shielded_instance_config.enable_vtpm": cty.Bool,
		"shielded_instance_config.enable_integrity_monitoring": cty.Bool,
		"metadata": cty.Map(cty.String),
	},
	"google_vertex_ai_endpoint": {
		"dedicated_endpoint_enabled":                                    cty.Bool,
		"private_service_connect_config.enable_private_service_connect": cty.Bool,
	},
	"google_vertex_ai_index_endpoint": {
		"public_endpoint_enabled": cty.Bool,
		"private_service_connect_config.enable_private_service_connect": cty.Bool,
	},
	"google_workbench_instance": {
		"disable_proxy_access": cty.Bool, "gce_setup.disable_public_ip": cty.Bool, "gce_setup.enable_ip_forwarding": cty.Bool,
		"gce_setup.shielded_instance_config.enable_secure_boot":          cty.Bool,
		"gce_setup.shielded_instance_config.enable_vtpm":                 cty.Bool,
		"gce_setup.shielded_instance_config.enable_integrity_monitoring": cty.Bool,
		"gce_setup.metadata": cty.Map(cty.String),
	},
	"google_notebooks_instance": {
		"no_public_ip": cty.Bool, "no_proxy_access": cty.Bool, "can_ip_forward": cty.Bool,
		"shielded_instance_config.enable_secure_boot": cty.Bool, "shielded_instance_config.enable_vtpm": cty.Bool,
		"shielded_instance_config.enable_integrity_monitoring": cty.Bool,
		"metadata": cty.Map(cty.String),
	},
}

// schemaType returns the provider schema type of the attribute at path of
// a resource of type typ, when attrTypes knows it.
func schemaType(typ string, path parser.Path) (cty.Type, bool) {
	attrs, ok := attrTypes[typ]
	if !ok {
		return cty.NilType, false
	}
	var key strings.Builder
	for _, k := range path {
		s, ok := k.(string)
		if !ok {
			continue // the index of a nested block
		}
		if key.Len() > 0 {
			key.WriteByte('.')
		}
		key.WriteString(s)
	}
	ty, ok := attrs[key.String()]
	return ty, ok
}

// toSchemaType converts v to ty as Terraform does before handing it to
// the provider. A value that does not convert stays as written: Terraform
// would reject it, and a policy may still judge what the user wrote.
// Marked values (documents a data block computed) are never of these
// types and stay too.
func toSchemaType(v cty.Value, ty cty.Type) cty.Value {
	if v.IsNull() || !v.IsWhollyKnown() || v.ContainsMarked() || v.Type().Equals(ty) {
		return v
	}
	c, err := convert.Convert(v, ty)
	if err != nil {
		return v
	}
	return c
}
