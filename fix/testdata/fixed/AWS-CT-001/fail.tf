resource "aws_cloudtrail" "default" { # want: AWS-CT-001 col 1, AWS-CT-001 col 1
  name                       = "audit"
  s3_bucket_name             = "audit-logs"
  enable_log_file_validation = true
  is_multi_region_trail      = true
}

resource "aws_cloudtrail" "off" {
  name                       = "audit-2"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true # want: AWS-CT-001 col 32
  enable_logging             = true # want: AWS-CT-001 col 32
}
