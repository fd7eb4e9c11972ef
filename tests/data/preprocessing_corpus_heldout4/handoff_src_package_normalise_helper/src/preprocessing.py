"""Shared preprocessing helpers for the churn project."""
import pandas as pd

NUMERIC = ["tenure_months", "monthly_spend", "support_calls", "days_since_login"]


def drop_test_accounts(df: pd.DataFrame) -> pd.DataFrame:
    return df[~df["email"].str.endswith("@internal.example")]


def normalise(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out[NUMERIC] = (out[NUMERIC] - out[NUMERIC].mean()) / out[NUMERIC].std()
    return out
