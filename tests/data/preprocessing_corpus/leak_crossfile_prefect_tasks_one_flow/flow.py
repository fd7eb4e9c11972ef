from prefect import flow

from tasks import load, preprocess, train


@flow
def pipeline(path="data/spam.csv"):
    df = load(path)
    df = preprocess(df)
    return train(df)


if __name__ == "__main__":
    pipeline()
