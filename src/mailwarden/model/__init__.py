"""Features, trained models (LightGBM + goal-leg text model), the shipped base model and the registry.

Entry points: `registry.load_scorer(settings)` for scanning, `train.train_org_model(settings)` for
`mailwarden train` / `learn`, `gate.judge_candidate` for promotion decisions.
"""
