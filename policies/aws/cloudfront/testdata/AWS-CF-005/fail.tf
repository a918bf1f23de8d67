resource "aws_cloudfront_distribution" "chat" {
  enabled = true

  origin {
    domain_name = "api.example.com"
    origin_id   = "api"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only" # want: AWS-CF-005 col 32
      origin_ssl_protocols   = ["SSLv3", "TLSv1.2"] # want: AWS-CF-005 col 33
    }
  }

  default_cache_behavior {
    target_origin_id       = "api"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }
}

resource "aws_cloudfront_distribution" "website" {
  enabled = true

  origin {
    domain_name = "docs.s3-website-eu-west-1.amazonaws.com"
    origin_id   = "docs"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only" # want: AWS-CF-005 col 32
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "docs"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }
}
