from sklearn.linear_model import HuberRegressor
from sklearn.model_selection import train_test_split

from ..data.make_dataset import build


def main():
    df = build()
    X = df[["load_kw", "irradiance", "wind_ms"]]
    X_train, X_test, y_train, y_test = train_test_split(X, df["price"], test_size=0.2, random_state=0)
    print(HuberRegressor().fit(X_train, y_train).score(X_test, y_test))


if __name__ == "__main__":
    main()
