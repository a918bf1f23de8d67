variable "multi_region" {}

resource "aws_cloudtrail" "org" {
  name                       = "audit"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "unknown" {
  name                       = "audit-2"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = var.multi_region
  enable_log_file_validation = true
}
