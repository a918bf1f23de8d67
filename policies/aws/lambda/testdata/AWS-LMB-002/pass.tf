resource "aws_s3_bucket" "uploads" {
  bucket = "uploads"
}

resource "aws_lambda_permission" "s3" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = "ingest"
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.uploads.arn
}

resource "aws_lambda_permission" "org" {
  statement_id     = "AllowOrg"
  action           = "lambda:InvokeFunction"
  function_name    = "ingest"
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

# The restricting ARN is unknown before apply: not reported.
resource "aws_lambda_permission" "computed" {
  statement_id  = "AllowBucket"
  action        = "lambda:InvokeFunction"
  function_name = "ingest"
  principal     = "*"
  source_arn    = aws_s3_bucket.uploads.arn
}
