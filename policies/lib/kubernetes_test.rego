package posture.lib.kubernetes_test

import data.posture.lib.kubernetes as k8s

cronjob := {
	"type": "batch/CronJob",
	"resource": {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {
		"metadata": {"labels": {"app": "train"}},
		"spec": {
			"containers": [{"name": "train"}, "not a container"],
			"initContainers": [{"name": "fetch"}],
		},
	}}}}},
}

test_pod_spec_path_of_each_kind if {
	k8s.pod_spec_path == ["spec"] with input as {"type": "Pod"}
	k8s.pod_spec_path == ["template", "spec"] with input as {"type": "PodTemplate"}
	k8s.pod_spec_path == ["spec", "template", "spec"] with input as {"type": "apps/Deployment"}
	k8s.pod_spec_path == ["spec", "jobTemplate", "spec", "template", "spec"] with input as cronjob
	not k8s.pod_spec_path with input as {"type": "Service"}
}

test_pod_metadata_path if {
	k8s.pod_metadata_path == ["spec", "jobTemplate", "spec", "template", "metadata"] with input as cronjob
	k8s.pod_metadata_path == ["metadata"] with input as {"type": "Pod"}
}

test_pod_spec if {
	k8s.pod_spec.initContainers == [{"name": "fetch"}] with input as cronjob
	not k8s.pod_spec with input as {"type": "Pod", "resource": {"spec": "x"}}
	not k8s.pod_spec with input as {"type": "Service", "resource": {"spec": {}}}
}

test_containers if {
	k8s.containers == {
		{"container": {"name": "train"}, "path": ["spec", "jobTemplate", "spec", "template", "spec", "containers", 0]},
		{"container": {"name": "fetch"}, "path": ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0]},
	} with input as cronjob
}
