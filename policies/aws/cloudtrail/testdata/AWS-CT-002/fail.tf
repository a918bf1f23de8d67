resource "aws_cloudtrail" "default" { # want: AWS-CT-002 col 1
  name           = "audit"
  s3_bucket_name = "audit-logs"
}
