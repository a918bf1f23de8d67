variable "key" {}

resource "aws_cloudtrail" "cmk" {
  name           = "audit"
  s3_bucket_name = "audit-logs"
  kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
}

resource "aws_cloudtrail" "unknown" {
  name           = "audit-2"
  s3_bucket_name = "audit-logs"
  kms_key_id     = var.key
}
