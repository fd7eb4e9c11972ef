import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import HuberRegressor


def clip_tails(frame, cols):
    lo, hi = frame[cols].quantile(0.01), frame[cols].quantile(0.99)
    frame[cols] = frame[cols].clip(lo, hi, axis=1)
    return frame


claims = pd.read_csv("medical_costs.csv")
num = ["bmi", "charges", "age"]
claims = claims.pipe(clip_tails, num).assign(smoker=lambda d: (d.smoker == "yes").astype(int))

X_train, X_test, y_train, y_test = train_test_split(claims[["bmi", "age", "smoker", "children"]], claims["charges"],
                                                    test_size=0.2, random_state=42)
print(HuberRegressor(max_iter=1000).fit(X_train, y_train).score(X_test, y_test))
