from orchestrator.planner.interim import InterimPlanner
from specialists.base import Manifest

MANIFESTS = [
    Manifest(
        name="units",
        description="convert units",
        examples=["convert 5 km to miles", "how many grams in a pound"],
    ),
    Manifest(
        name="math", description="arithmetic", examples=["multiply 3 by 4", "what is 17% of 2340"]
    ),
]


def test_splits_routes_and_links_back_references() -> None:
    plan = InterimPlanner(MANIFESTS).plan(
        "convert 12 km to miles and then multiply the result by 3"
    )
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [
        ("units", "convert 12 km to miles", []),
        ("math", "multiply {t1} by 3", ["t1"]),
    ]


def test_unroutable_segment_is_unsupported_with_reason() -> None:
    plan = InterimPlanner(MANIFESTS).plan("write me a poem about the sea")
    assert plan.nodes == []
    assert plan.unsupported[0].text == "write me a poem about the sea"
    assert plan.unsupported[0].reason
